using CryptoSmartTrader.Cli.Common;

namespace CryptoSmartTrader.Cli.Tests.Common;

public sealed class UtcTimeTests
{
    [Theory]
    [InlineData("2024-01-01", "2024-01-01T00:00:00Z")]
    [InlineData("2024-06-01T12:00Z", "2024-06-01T12:00:00Z")]
    [InlineData("2024-06-01T12:00", "2024-06-01T12:00:00Z")]
    [InlineData("2024-06-01T12:00:30Z", "2024-06-01T12:00:30Z")]
    [InlineData("2024-06-01T14:00+02:00", "2024-06-01T12:00:00Z")]
    public void Parses_iso_dates_as_utc(string text, string expected)
    {
        Assert.True(UtcTime.TryParse(text, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(TimeSpan.Zero, value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2024-13-01")]
    [InlineData("01/02/2024")]
    public void Rejects_ambiguous_or_invalid_times(string text)
    {
        Assert.False(UtcTime.TryParse(text, out _));
        var ex = Assert.Throws<CliUsageException>(() => UtcTime.Parse(text, "--since"));
        Assert.Contains("--since", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2024-01-01", ex.Message, StringComparison.Ordinal);
    }
}
