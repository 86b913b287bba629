using CryptoSmartTrader.Backtesting.Bias;
using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Backtesting.Tests.Engine;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Backtesting.Tests.Bias;

public sealed class LookaheadAnalysisTests
{
    private static readonly DateTimeOffset Start = SyntheticCandles.DefaultStart;
    private static readonly CandleSeries[] Series =
    [
        SyntheticCandles.RandomWalk(300, seed: 11, sigma: 0.02, symbol: new Symbol("AAA", "USDT")),
        SyntheticCandles.RandomWalk(300, seed: 12, sigma: 0.02, symbol: new Symbol("BBB", "USDT")),
    ];

    private static readonly BacktestOptions Options = new() { From = Start.AddHours(50), To = Start.AddHours(300), WarmupBars = 20 };

    private static KernelBlueprint Vectorised(bool centered) =>
        TestBlueprints.SmaCross().WithAlpha(_ => throw new InvalidOperationException("needs data"), (data, _) => new MeanReversionTestAlpha(data, 5, centered));

    [Fact]
    public void A_centered_window_is_caught_in_insights_decisions_and_orders()
    {
        var report = LookaheadAnalysis.Run(Series, Vectorised(centered: true), Options, new LookaheadOptions { Points = 8 });
        Assert.True(report.HasBias);
        Assert.Contains(report.Findings, f => f.Kind == BiasFindingKind.Insight);
        Assert.Equal(8, report.Points.Count);
        Assert.Equal(16, report.InsightsCompared);
    }

    [Fact]
    public void A_trailing_window_and_the_streaming_sma_have_no_lookahead()
    {
        var vectorised = LookaheadAnalysis.Run(Series, Vectorised(centered: false), Options, new LookaheadOptions { Points = 8 });
        Assert.False(vectorised.HasBias, string.Join("\n", vectorised.Findings));
        var streaming = LookaheadAnalysis.Run(Series, TestBlueprints.SmaCross(), Options, new LookaheadOptions { Points = 8 });
        Assert.False(streaming.HasBias, string.Join("\n", streaming.Findings));
        Assert.True(streaming.DecisionsCompared > 0);
        Assert.Equal(8, streaming.OrderListsCompared);
    }

    [Fact]
    public void Feature_columns_are_compared_and_a_centered_feature_is_named()
    {
        var report = LookaheadAnalysis.Run(Series, TestBlueprints.SmaCross(), Options,
            new LookaheadOptions { Points = 4, Features = [new TechnicalFeatureSet(), new CenteredTestFeatureSet()] });
        Assert.True(report.FeaturesCompared > 4 * 2 * 10);
        Assert.Equal(["centered_mean_3"], report.BiasedFeatures);
    }

    [Fact]
    public void Bad_options_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LookaheadAnalysis.Run(Series, TestBlueprints.SmaCross(), Options, new LookaheadOptions { Points = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => LookaheadAnalysis.Run(Series, TestBlueprints.SmaCross(), Options, new LookaheadOptions { Tolerance = -1 }));
    }

    /// <summary>A deliberately biased feature: the mean of closes from 3 bars before to 3 bars after.</summary>
    private sealed class CenteredTestFeatureSet : IFeatureSet
    {
        public string Name => "centered";

        public IReadOnlyList<string> Columns => ["centered_mean_3"];

        public double[][] Compute(CandleSeries series)
        {
            var c = series.Close;
            var m = new double[c.Length];
            for (var i = 0; i < c.Length; i++)
            {
                int lo = Math.Max(0, i - 3), hi = Math.Min(c.Length - 1, i + 3);
                double s = 0;
                for (var k = lo; k <= hi; k++) s += c[k];
                m[i] = s / (hi - lo + 1);
            }

            return [m];
        }
    }
}
