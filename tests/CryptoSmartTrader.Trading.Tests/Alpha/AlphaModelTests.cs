using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Kernel;
using static CryptoSmartTrader.Trading.Tests.TestMarket;

namespace CryptoSmartTrader.Trading.Tests.Alpha;

public sealed class AlphaModelTests
{
    [Fact]
    public void Sma_cross_has_no_view_until_the_slow_window_is_full_then_follows_the_averages()
    {
        var alpha = new SmaCrossAlphaModel(1, new SmaCrossOptions { Fast = 2, Slow = 3, Confidence = 0.9 });
        Assert.False(alpha.Step(0, 1).HasView);
        Assert.False(alpha.Step(0, 2).HasView);
        var up = alpha.Step(0, 3);      // fast (2+3)/2 = 2.5 > slow (1+2+3)/3 = 2
        Assert.Equal(1, up.Direction);
        Assert.Equal(0.9, up.Confidence);
        Assert.Equal(1, alpha.Step(0, 2).Direction);  // fast 2.5 > slow 2.33
        var down = alpha.Step(0, 1);    // fast 1.5 < slow 2
        Assert.True(down.HasView);
        Assert.Equal(0, down.Direction); // long-only: flat
    }

    [Fact]
    public void Sma_cross_can_go_short_when_allowed_and_refuses_bad_windows()
    {
        var alpha = new SmaCrossAlphaModel(1, new SmaCrossOptions { Fast = 1, Slow = 2, AllowShort = true });
        alpha.Step(0, 2);
        Assert.Equal(-1, alpha.Step(0, 1).Direction);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SmaCrossAlphaModel(1, new SmaCrossOptions { Fast = 5, Slow = 5 }));
    }

    [Fact]
    public void Prediction_alpha_derives_payoff_and_uncertainty_from_the_interval()
    {
        var universe = Universe();
        var ctx = Context(universe, 0, Bar(0, 100, 101, 99, 100));
        ctx.SetPrediction(0, new Prediction(Btc, Horizon.H24, CloseOf(0), 0.7, 0.01, -0.02, 0.04, "m", "1"));
        var insights = new AlphaInsight[1];
        new PredictionAlphaModel().Update(ctx, insights);
        Assert.Equal(1, insights[0].Direction);
        Assert.Equal(0.7, insights[0].Confidence, 12);
        Assert.Equal(2, insights[0].PayoffRatio, 12);      // 0.04 / 0.02
        Assert.Equal(0.06, insights[0].Uncertainty, 12);
        Assert.Equal(ReasonTag.Model, insights[0].Source);
    }

    [Fact]
    public void Prediction_from_the_future_is_ignored()
    {
        var universe = Universe();
        var ctx = Context(universe, 0, Bar(0, 100, 101, 99, 100));
        ctx.SetPrediction(0, new Prediction(Btc, Horizon.H1, CloseOf(1), 0.9, 0.01, -0.01, 0.02, "m", "1"));
        var insights = new AlphaInsight[1];
        new PredictionAlphaModel().Update(ctx, insights);
        Assert.False(insights[0].HasView);
    }
}
