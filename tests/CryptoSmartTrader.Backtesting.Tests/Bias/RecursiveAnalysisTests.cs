using CryptoSmartTrader.Backtesting.Bias;
using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Backtesting.Tests.Engine;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Backtesting.Tests.Bias;

public sealed class RecursiveAnalysisTests
{
    private static readonly DateTimeOffset Start = SyntheticCandles.DefaultStart;
    private static readonly CandleSeries[] Series = [SyntheticCandles.RandomWalk(500, seed: 21, sigma: 0.02, symbol: new Symbol("AAA", "USDT"))];
    private static readonly BacktestOptions Options = new() { From = Start.AddHours(300), To = Start.AddHours(500) };

    [Fact]
    public void A_finite_window_alpha_is_settled_once_warm_up_covers_the_window()
    {
        // SMA(5, 20): 0 bars of warm-up cannot match, 25 bars cover the slow window, so does anything longer. The kernel's
        // own EWMA volatility state is not read by this sizing, so orders agree too.
        var report = RecursiveAnalysis.Run(Series, TestBlueprints.SmaCross(), Options, new RecursiveOptions { WarmupBars = [0, 25, 100] });
        Assert.Equal(100, report.ReferenceWarmupBars);
        Assert.True(report.Rows[0].InsightDeviations > 0);
        Assert.Equal(0, report.Rows[1].InsightDeviations);
        Assert.Equal(25, report.SufficientWarmup);
    }

    [Fact]
    public void A_recursive_alpha_deviates_more_with_less_warm_up()
    {
        var blueprint = TestBlueprints.SmaCross().WithAlpha(u => new EmaTestAlpha(u.Count));
        var report = RecursiveAnalysis.Run(Series, blueprint, Options, new RecursiveOptions { WarmupBars = [0, 10, 250] });
        Assert.True(report.Rows[0].InsightDeviations >= report.Rows[1].InsightDeviations);
        Assert.True(report.Rows[0].InsightDeviations > 0);
        Assert.Equal(0, report.Rows[2].InsightDeviations);
    }

    [Fact]
    public void Ema_features_are_reported_as_warm_up_sensitive()
    {
        var report = RecursiveAnalysis.Run(Series, TestBlueprints.SmaCross(), Options,
            new RecursiveOptions { WarmupBars = [30, 250], Features = [new TechnicalFeatureSet()] });
        Assert.NotEmpty(report.WarmupSensitiveFeatures);
        Assert.All(report.Rows[^1].FeatureDeviationAtStart.Values, v => Assert.Equal(0, v));
    }

    [Fact]
    public void Fewer_than_two_warm_up_lengths_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => RecursiveAnalysis.Run(Series, TestBlueprints.SmaCross(), Options, new RecursiveOptions { WarmupBars = [10] }));
        Assert.Contains("at least 2", ex.Message);
    }
}
