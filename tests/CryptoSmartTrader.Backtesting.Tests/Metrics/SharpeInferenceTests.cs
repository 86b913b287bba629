using CryptoSmartTrader.Backtesting.Metrics;
using static CryptoSmartTrader.Backtesting.Tests.Metrics.ReturnMetricsTests;

namespace CryptoSmartTrader.Backtesting.Tests.Metrics;

/// <summary>PSR/DSR reference values from Python's statistics.NormalDist applied to the Bailey &amp; López de Prado formulas.</summary>
public sealed class SharpeInferenceTests
{
    private static readonly double[] R = ReturnMetrics.SimpleReturns(Curve(100, 110, 99, 105, 120, 108));

    [Fact]
    public void Moments_are_population_skewness_and_kurtosis()
    {
        Assert.Equal(-0.21356563331411413, Stats.Skewness(R), 10);
        Assert.Equal(1.2773504626900658, Stats.Kurtosis(R), 10);
    }

    [Fact]
    public void Probabilistic_sharpe_by_hand()
    {
        var sr = ReturnMetrics.SharpePerPeriod(R);
        Assert.Equal(0.6390594654627385, SharpeInference.Probabilistic(sr, 0, R.Length, Stats.Skewness(R), Stats.Kurtosis(R)), 7);
    }

    [Fact]
    public void Deflated_sharpe_with_ten_trials_by_hand()
    {
        Assert.Equal(0.31491966026915, SharpeInference.ExpectedMaxSharpe(10, 0.04), 7);
        var sr = ReturnMetrics.SharpePerPeriod(R);
        Assert.Equal(0.39691304376014996, SharpeInference.Deflated(sr, R.Length, Stats.Skewness(R), Stats.Kurtosis(R), 10, 0.04), 7);
    }

    [Fact]
    public void One_trial_deflates_to_the_probabilistic_sharpe_against_zero()
    {
        var sr = ReturnMetrics.SharpePerPeriod(R);
        var g3 = Stats.Skewness(R);
        var g4 = Stats.Kurtosis(R);
        Assert.Equal(SharpeInference.Probabilistic(sr, 0, R.Length, g3, g4), SharpeInference.Deflated(sr, R.Length, g3, g4, 1), 12);
    }

    [Fact]
    public void More_trials_never_raise_the_deflated_sharpe()
    {
        var sr = ReturnMetrics.SharpePerPeriod(R);
        var previous = 1.0;
        foreach (var n in new[] { 1, 2, 10, 100, 1000 })
        {
            var d = SharpeInference.Deflated(sr, R.Length, Stats.Skewness(R), Stats.Kurtosis(R), n, 0.04);
            Assert.True(d <= previous + 1e-12);
            previous = d;
        }
    }

    [Fact]
    public void Zero_trials_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SharpeInference.ExpectedMaxSharpe(0, 0.04));
        Assert.Contains("trials", ex.Message);
    }
}
