using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;

namespace CryptoSmartTrader.Core.Tests.Research;

public sealed class PredictionTests
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private static readonly DateTimeOffset T = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Confidence_defaults_to_the_probability_of_the_predicted_direction()
    {
        var down = new Prediction(Btc, Horizon.H24, T, 0.15, -0.02, -0.05, 0.01, "xgb", "1");
        Assert.Equal(-1, down.Direction);
        Assert.Equal(0.85, down.Confidence, 12);
        Assert.Equal(0.06, down.IntervalWidth, 12);
    }

    [Theory]
    [InlineData(1.2, 0, -1, 1, "probabilityUp")]
    [InlineData(double.NaN, 0, -1, 1, "probabilityUp")]
    [InlineData(0.5, double.PositiveInfinity, -1, 1, "expectedReturn")]
    [InlineData(0.5, 0, 1, -1, "intervalLow")]
    public void Rejects_bad_values_naming_the_field(double p, double r, double lo, double hi, string field)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Prediction(Btc, Horizon.H1, T, p, r, lo, hi, "m", "1"));
        Assert.Equal(field, ex.ParamName);
    }

    [Theory]
    [InlineData("1h", 1)]
    [InlineData("24h", 24)]
    [InlineData("7d", 168)]
    [InlineData("30d", 720)]
    public void Horizon_parses_standard_codes(string code, double hours)
    {
        var h = Horizon.Parse(code);
        Assert.Equal(hours, h.Duration.TotalHours);
        Assert.Equal(code, h.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1y")]
    [InlineData("-1h")]
    [InlineData("h")]
    public void Horizon_rejects_bad_codes(string code)
    {
        Assert.Throws<FormatException>(() => Horizon.Parse(code));
    }

    [Fact]
    public void Signal_and_target_reject_out_of_range_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Signal(Btc, T, 1.5, 0.9, "rule"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Signal(Btc, T, 0.5, 1.1, "rule"));
        Assert.Throws<ArgumentException>(() => new Signal(Btc, T, 0.5, 0.9, " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TargetPosition(Btc, 11m, "too big"));
    }
}
