using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Drift;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Models.Tests.Drift;

public sealed class DriftMonitorTests
{
    [Fact]
    public void Psi_by_hand()
    {
        // Reference 0..99 → decile bins [0,10), [10,20), …; recent shares 0.2,0.2,0.1×4,0.05×4:
        // PSI = 2·0.1·ln 2 + 4·0 + 4·(−0.05)·ln 0.5 = 0.4·ln 2.
        var reference = Enumerable.Range(0, 100).Select(i => (double)i).ToArray();
        var counts = new[] { 20, 20, 10, 10, 10, 10, 5, 5, 5, 5 };
        var recent = counts.SelectMany((c, bin) => Enumerable.Repeat(bin * 10 + 5.0, c)).ToArray();
        Assert.Equal(0.4 * Math.Log(2), DriftStatistics.Psi(reference, recent), 10);
        Assert.Equal(0, DriftStatistics.Psi(reference, reference), 12);
    }

    [Fact]
    public void Ks_by_hand()
    {
        var (d, p) = DriftStatistics.KolmogorovSmirnov([1, 2, 3, 4], [3, 4, 5, 6]);
        Assert.Equal(0.5, d, 12);
        Assert.InRange(p, 0.2, 1);
        var (d2, p2) = DriftStatistics.KolmogorovSmirnov(Enumerable.Range(0, 1000).Select(i => (double)i).ToArray(), Enumerable.Range(2000, 1000).Select(i => (double)i).ToArray());
        Assert.Equal(1, d2, 12);
        Assert.True(p2 < 1e-10);
    }

    private static FeatureRows Gaussian(int n, int seed, double shift, double scale = 1)
    {
        var rng = new Random(seed);
        var data = new double[n * 3];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = i % 3 == 0 ? shift + scale * SyntheticCandles.Gaussian(rng) : SyntheticCandles.Gaussian(rng);
        }

        return new FeatureRows(data, n, 3);
    }

    [Fact]
    public void Same_distribution_gives_no_advice_and_a_shift_gives_severe_advice()
    {
        var monitor = new DriftMonitor(new DriftOptions());
        string[] names = ["a", "b", "c"];
        var reference = Gaussian(5000, 1, 0);
        var refPred = Enumerable.Range(0, 5000).Select(i => 0.5 + 0.1 * Math.Sin(i)).ToArray();

        var calm = monitor.Assess(reference, Gaussian(2000, 2, 0), names, refPred, refPred.AsSpan(0, 2000));
        Assert.False(calm.Retrain, calm.Reason);
        Assert.Equal(DriftSeverity.None, calm.Severity);

        var shifted = monitor.Assess(reference, Gaussian(2000, 3, 1.0), names, refPred, refPred.AsSpan(0, 2000));
        Assert.True(shifted.Retrain);
        Assert.Equal(DriftSeverity.Severe, shifted.Severity);
        Assert.Contains("worst a", shifted.Reason);
        Assert.Equal(DriftSeverity.Severe, shifted.Features[0].Severity);
        Assert.Equal(DriftSeverity.None, shifted.Features[1].Severity);
    }

    [Fact]
    public void Prediction_drift_and_calibration_decay_are_reported()
    {
        var monitor = new DriftMonitor(new DriftOptions());
        var rows = Gaussian(1000, 4, 0);
        var refPred = Enumerable.Range(0, 1000).Select(i => 0.4 + 0.2 * (i % 10) / 10.0).ToArray();
        var recentPred = refPred.Select(p => p + 0.3).ToArray();
        // The model says ~0.85 on average but only half come true: ECE ≈ 0.29 and the hit rate collapses.
        var outcomes = Enumerable.Range(0, 1000).Select(i => (double)(i % 2)).ToArray();
        var advice = monitor.Assess(rows, rows, ["a", "b", "c"], refPred, recentPred, outcomes, referenceHitRate: 0.7);
        Assert.Equal(DriftSeverity.Severe, advice.Severity);
        Assert.Equal(DriftSeverity.Severe, advice.Predictions!.Severity);
        Assert.True(advice.RecentEce > 0.25);
        Assert.Contains("calibration decayed", advice.Reason);
        Assert.Contains("hit rate fell", advice.Reason);
        Assert.DoesNotContain("features drifted", advice.Reason);
    }

    [Fact]
    public void Mismatched_columns_are_rejected() =>
        Assert.Throws<ArgumentException>(() => new DriftMonitor(new DriftOptions()).Assess(Gaussian(10, 1, 0), new FeatureRows(new double[10], 5, 2), ["a", "b", "c"], [], []));
}
