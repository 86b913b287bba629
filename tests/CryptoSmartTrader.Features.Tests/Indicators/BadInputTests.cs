using CryptoSmartTrader.Features.Indicators;
using CryptoSmartTrader.Features.Indicators.Momentum;
using CryptoSmartTrader.Features.Indicators.Statistics;
using CryptoSmartTrader.Features.Indicators.Trend;
using CryptoSmartTrader.Features.Indicators.Volatility;
using CryptoSmartTrader.Features.Indicators.Volume;
using CryptoSmartTrader.Features.Sets;

namespace CryptoSmartTrader.Features.Tests.Indicators;

public sealed class BadInputTests
{
    public static TheoryData<string, string, Func<Indicator>> BadParameters() => new()
    {
        { "sma", "period", () => new Sma(0) },
        { "ema", "period", () => new Ema(-3) },
        { "wma", "period", () => new Wma(0) },
        { "hma", "period", () => new Hma(1) },
        { "kama", "fast", () => new Kama(10, 30, 2) },
        { "macd", "fast", () => new Macd(26, 12, 9) },
        { "macd", "signal", () => new Macd(12, 26, 0) },
        { "rsi", "period", () => new Rsi(0) },
        { "stochastic", "smoothK", () => new Stochastic(14, 0, 3) },
        { "adx", "period", () => new Adx(0) },
        { "psar", "step", () => new ParabolicSar(0.3, 0.2) },
        { "psar", "max", () => new ParabolicSar(0.02, double.NaN) },
        { "supertrend", "multiplier", () => new Supertrend(10, -1) },
        { "atr", "period", () => new Atr(0) },
        { "bollinger", "k", () => new BollingerBands(20, 0) },
        { "bollinger", "period", () => new BollingerBands(0, 2) },
        { "yz", "period", () => new YangZhangVolatility(1) },
        { "uo", "shortPeriod", () => new UltimateOscillator(14, 7, 28) },
        { "mfi", "period", () => new Mfi(0) },
        { "vwap", "period", () => new RollingVwap(0) },
        { "linreg", "period", () => new LinearRegression(1) },
        { "zscore", "period", () => new ZScore(0) },
        { "ichimoku", "tenkan", () => new Ichimoku(0, 26, 52) },
    };

    [Theory]
    [MemberData(nameof(BadParameters))]
    public void Bad_parameters_throw_naming_the_indicator_and_parameter(string indicator, string parameter, Func<Indicator> create)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => create());
        Assert.Contains($"{indicator}:", ex.Message);
        Assert.Contains(parameter, ex.Message);
    }

    [Fact]
    public void Compute_rejects_a_null_series() => Assert.Throws<ArgumentNullException>(() => new Sma(3).Compute(null!));

    [Fact]
    public void Series_shorter_than_the_warm_up_give_only_not_ready_rows()
    {
        var output = new Macd().Compute(TestKit.Builders.SyntheticCandles.FromCloses([1, 2, 3]));
        Assert.Equal(33, output.FirstValidIndex);
        Assert.All(output.Columns, c => Assert.All(c, v => Assert.True(double.IsNaN(v))));
        Assert.False(output.IsValid(2));
    }

    [Fact]
    public void Unknown_output_column_names_the_available_ones()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => new Sma(3).Compute(TestKit.Builders.SyntheticCandles.FromCloses([1, 2, 3]))["ema_3"]);
        Assert.Contains("sma_3", ex.Message);
    }

    [Fact]
    public void Indicator_bank_rejects_a_short_row()
    {
        var bank = TechnicalFeatureSet.CreateStream();
        var ex = Assert.Throws<ArgumentException>(() => bank.CopyRow(new double[3]));
        Assert.Contains("indicator bank", ex.Message);
    }
}
