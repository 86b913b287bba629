using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Core.Tests.Markets;

public sealed class TimeframeTests
{
    [Theory]
    [InlineData("1m", 60)]
    [InlineData("5m", 300)]
    [InlineData("15m", 900)]
    [InlineData("1h", 3600)]
    [InlineData("4h", 14400)]
    [InlineData("1d", 86400)]
    [InlineData("1w", 604800)]
    public void Fixed_timeframes_have_exact_durations(string code, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), Timeframe.Parse(code).Duration);
    }

    [Fact]
    public void A_month_is_a_calendar_month()
    {
        var feb = new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero), Timeframe.Month1.CloseOf(feb));
        Assert.Equal(29, (Timeframe.Month1.CloseOf(feb) - feb).TotalDays); // 2024 is a leap year
        Assert.Throws<InvalidOperationException>(() => Timeframe.Month1.Duration);
    }

    [Fact]
    public void Minute_and_month_codes_are_case_sensitive()
    {
        Assert.Equal(Timeframe.M1, Timeframe.Parse("1m"));
        Assert.Equal(Timeframe.Month1, Timeframe.Parse("1M"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("7m")]
    [InlineData("hourly")]
    [InlineData("-1h")]
    public void Rejects_unknown_codes_listing_the_valid_ones(string code)
    {
        var ex = Assert.Throws<FormatException>(() => Timeframe.Parse(code));
        Assert.Contains("1m, 3m, 5m", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Floor_aligns_to_utc_buckets_and_weeks_to_monday()
    {
        var t = new DateTimeOffset(2024, 5, 15, 13, 47, 12, TimeSpan.Zero); // a Wednesday
        Assert.Equal(new DateTimeOffset(2024, 5, 15, 13, 45, 0, TimeSpan.Zero), Timeframe.M15.Floor(t));
        Assert.Equal(new DateTimeOffset(2024, 5, 15, 12, 0, 0, TimeSpan.Zero), Timeframe.H4.Floor(t));
        Assert.Equal(new DateTimeOffset(2024, 5, 13, 0, 0, 0, TimeSpan.Zero), Timeframe.W1.Floor(t));
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), Timeframe.Month1.Floor(t));
        Assert.True(Timeframe.H1.IsAligned(new DateTimeOffset(2024, 5, 15, 13, 0, 0, TimeSpan.Zero)));
        Assert.False(Timeframe.H1.IsAligned(t));
    }

    [Fact]
    public void Floor_converts_offsets_to_utc()
    {
        var local = new DateTimeOffset(2024, 5, 15, 1, 30, 0, TimeSpan.FromHours(2)); // 2024-05-14 23:30Z
        Assert.Equal(new DateTimeOffset(2024, 5, 14, 0, 0, 0, TimeSpan.Zero), Timeframe.D1.Floor(local));
    }
}
