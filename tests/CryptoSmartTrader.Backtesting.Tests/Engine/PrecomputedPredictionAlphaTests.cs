using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.TestKit.Builders;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Backtesting.Tests.Engine;

public sealed class PrecomputedPredictionAlphaTests
{
    [Fact]
    public void The_prediction_made_at_this_close_becomes_the_insight_and_a_missing_one_gives_no_view()
    {
        var series = SyntheticCandles.RandomWalk(3, symbol: new Symbol("AAA", "USDT"));
        var universe = BacktestRunner.UniverseOf([series]);
        var t1 = series.CloseTimeMs[1];
        var p = new Prediction(series.Symbol, Horizon.H1, DateTimeOffset.FromUnixTimeMilliseconds(t1), 0.9, 0.01, -0.005, 0.02, "m", "1");
        var alpha = new PrecomputedPredictionAlpha("m", [new Dictionary<long, Prediction> { [t1] = p }]);
        var context = new BarCloseContext(universe);
        var insights = new AlphaInsight[1];

        context.Reset(DateTimeOffset.FromUnixTimeMilliseconds(t1));
        context.SetBar(0, Bar.FromSeries(series, 1));
        alpha.Update(context, insights);
        Assert.Equal(1.0, insights[0].Direction);
        Assert.Equal(0.9, insights[0].Confidence, 12);
        Assert.Equal(0.02 / 0.005, insights[0].PayoffRatio, 9); // b = |upper| / |lower| of the interval
        Assert.Equal(ReasonTag.Model, insights[0].Source);

        context.Reset(DateTimeOffset.FromUnixTimeMilliseconds(series.CloseTimeMs[2]));
        context.SetBar(0, Bar.FromSeries(series, 2));
        alpha.Update(context, insights);
        Assert.False(insights[0].HasView);
    }
}
