using CryptoSmartTrader.Models.Evaluation;

namespace CryptoSmartTrader.Models.Tests.Evaluation;

public sealed class ForecastMetricsTests
{
    // Hand example: p = [0.9, 0.8, 0.3, 0.6], y = [1, 0, 0, 1].
    private static readonly double[] P = [0.9, 0.8, 0.3, 0.6];
    private static readonly double[] Y = [1, 0, 0, 1];

    [Fact]
    public void Auc_counts_correctly_ordered_pairs()
    {
        // positive/negative pairs: (0.9,0.8)✓ (0.9,0.3)✓ (0.6,0.8)✗ (0.6,0.3)✓ → 3/4
        Assert.Equal(0.75, ForecastMetrics.Auc(P, Y), 12);
        Assert.Equal(0.5, ForecastMetrics.Auc([0.5, 0.5], [1, 0]), 12); // a tie counts half
        Assert.True(double.IsNaN(ForecastMetrics.Auc([0.5, 0.6], [1, 1])));
    }

    [Fact]
    public void Brier_and_log_loss_by_hand()
    {
        // (0.01 + 0.64 + 0.09 + 0.16) / 4 = 0.225
        Assert.Equal(0.225, ForecastMetrics.Brier(P, Y), 12);
        var expected = -(Math.Log(0.9) + Math.Log(0.2) + Math.Log(0.7) + Math.Log(0.6)) / 4;
        Assert.Equal(expected, ForecastMetrics.LogLoss(P, Y), 12);
    }

    [Fact]
    public void Ece_with_ten_bins_by_hand()
    {
        // bins: 0.9→[0.9,1.0) {1}: |0.9−1|=0.1; 0.8→{0}: 0.8; 0.3→{0}: 0.3; 0.6→{1}: 0.4 → mean 0.4
        Assert.Equal(0.4, ForecastMetrics.Ece(P, Y), 12);
        // two in one bin: p 0.72, 0.78 with y 1, 0 → |0.75 − 0.5| = 0.25
        Assert.Equal(0.25, ForecastMetrics.Ece([0.72, 0.78], [1, 0]), 12);
        Assert.Equal(0, ForecastMetrics.Ece([1.0], [1]), 12);
    }

    [Fact]
    public void Coverage_and_gate_by_hand()
    {
        Assert.Equal(2.0 / 3, ForecastMetrics.Coverage([0.0, 0.5, 2.0], [-1, 0.5, -1], [1, 1, 1]), 12);
        // confidences 0.9, 0.8, 0.7, 0.6 → the first two pass the 0.8 gate; hits: 0.9→up, y=1 ✓; 0.8→up, y=0 ✗.
        var (share, hit, passed) = ForecastMetrics.Gate(P, [0.9, 0.8, 0.7, 0.6], Y);
        Assert.Equal(0.5, share, 12);
        Assert.Equal(0.5, hit, 12);
        Assert.Equal(2, passed);
        Assert.True(double.IsNaN(ForecastMetrics.Gate(P, [0.1, 0.1, 0.1, 0.1], Y).HitRate));
    }

    [Fact]
    public void Horizon_metrics_combine_the_scores()
    {
        var m = HorizonMetrics.Compute("1h", "test", P, [0.9, 0.8, 0.7, 0.6], [0.01, -0.02, -0.01, 0.03],
            [-1, -1, -1, -1], [1, 1, 1, 1], [0, 0, 0, 0], [1, 1, 1, 1]);
        Assert.Equal(4, m.N);
        Assert.Equal(0.75, m.Auc, 12);
        Assert.Equal(1, m.Coverage80);
        Assert.Equal(0.5, m.Coverage95);
    }

    [Fact]
    public void Mismatched_lengths_are_rejected() => Assert.Throws<ArgumentException>(() => ForecastMetrics.Brier([0.5], [1, 0]));
}
