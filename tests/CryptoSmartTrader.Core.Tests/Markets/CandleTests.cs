using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Core.Tests.Markets;

public sealed class CandleTests
{
    private static readonly DateTimeOffset Open = new(2024, 1, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_stamps_close_time_from_the_timeframe()
    {
        var c = Candle.Create(Timeframe.H1, Open, 100m, 110m, 90m, 105m, 3m);
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 11, 0, 0, TimeSpan.Zero), c.CloseTime);
        Assert.Equal(Open, c.OpenTime);
    }

    [Theory]
    [InlineData(0, 110, 90, 105, 1, "open")]
    [InlineData(-1, 110, 90, 105, 1, "open")]
    [InlineData(100, 110, 90, 0, 1, "close")]
    [InlineData(100, 110, 90, 105, -0.5, "volume")]
    [InlineData(100, 104, 90, 105, 1, "high 104")]
    [InlineData(100, 110, 101, 105, 1, "low 101")]
    [InlineData(100, 110, 0, 105, 1, "low")]
    public void Rejects_bad_bars_naming_the_field_and_value(double o, double h, double l, double c, double v, string expected)
    {
        var ex = Assert.Throws<ArgumentException>(() => Candle.Create(Timeframe.H1, Open, (decimal)o, (decimal)h, (decimal)l, (decimal)c, (decimal)v));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN, "open")]
    [InlineData(double.PositiveInfinity, "open")]
    [InlineData(double.NegativeInfinity, "open")]
    public void TryCreate_rejects_non_finite_values(double open, string field)
    {
        var ok = Candle.TryCreate(Open, Open.AddHours(1), open, 110, 90, 105, 1, out _, out var error);
        Assert.False(ok);
        Assert.Contains(field, error, StringComparison.Ordinal);
        Assert.Contains("finite", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_rejects_nan_volume()
    {
        Assert.False(Candle.TryCreate(Open, Open.AddHours(1), 100, 110, 90, 105, double.NaN, out _, out var error));
        Assert.Contains("volume", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_close_time_not_after_open_time()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Candle(Open, Open, 1m, 1m, 1m, 1m, 0m));
        Assert.Contains("closeTime", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flat_zero_volume_bar_is_valid()
    {
        // Venues publish flat bars with no trades (Kraken repeats the last price); they are real data, not errors.
        var c = Candle.Create(Timeframe.M1, Open, 5m, 5m, 5m, 5m, 0m);
        Assert.Equal(0m, c.Volume);
    }
}
