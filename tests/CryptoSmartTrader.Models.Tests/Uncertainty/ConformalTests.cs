using CryptoSmartTrader.Models.Evaluation;
using CryptoSmartTrader.Models.Uncertainty;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Models.Tests.Uncertainty;

public sealed class ConformalTests
{
    [Fact]
    public void Split_conformal_rank_matches_the_finite_sample_formula()
    {
        // n = 9, level 0.8 → rank ⌈10 · 0.8⌉ = 8 → the 8th smallest residual.
        double[] r = [9, 1, 8, 2, 7, 3, 6, 4, 5];
        Assert.Equal(8, SplitConformal.HalfWidth(r, 0.8));
        Assert.Equal(9, SplitConformal.HalfWidth(r, 0.95)); // rank 10 > n: the largest
    }

    [Theory]
    [InlineData(0.8)]
    [InlineData(0.95)]
    public void Split_conformal_covers_held_out_data_at_the_nominal_level(double level)
    {
        // A biased, heavy-tailed predictor: residuals are Student-t-like; coverage must still be ≈ level.
        var rng = new Random(5);
        double Draw() => SyntheticCandles.Gaussian(rng) / Math.Sqrt(Math.Max(0.05, rng.NextDouble()));
        var calib = Enumerable.Range(0, 4000).Select(_ => Math.Abs(Draw())).ToArray();
        var q = SplitConformal.HalfWidth(calib, level);
        var test = Enumerable.Range(0, 20_000).Select(_ => Draw()).ToArray();
        var lo = test.Select(_ => -q).ToArray();
        var hi = test.Select(_ => q).ToArray();
        var coverage = ForecastMetrics.Coverage(test, lo, hi);
        Assert.InRange(coverage, level - 0.015, level + 0.015);
    }

    [Fact]
    public void Adaptive_conformal_keeps_coverage_when_volatility_drifts_and_split_conformal_does_not()
    {
        // Residual scale grows 4× over the test period: a static interval under-covers; ACI adapts.
        var rng = new Random(9);
        var calib = Enumerable.Range(0, 1000).Select(_ => Math.Abs(SyntheticCandles.Gaussian(rng))).ToArray();
        var staticQ = SplitConformal.HalfWidth(calib, 0.8);
        var aci = new AdaptiveConformal(0.8, gamma: 0.01, window: 500, initialScores: calib);
        int n = 20_000, staticHits = 0, aciHits = 0;
        for (var t = 0; t < n; t++)
        {
            var scale = 1 + 3.0 * t / n;
            var actual = scale * SyntheticCandles.Gaussian(rng);
            var q = aci.HalfWidth();
            if (Math.Abs(actual) <= q) aciHits++;
            if (Math.Abs(actual) <= staticQ) staticHits++;
            aci.Observe(0, actual, q);
        }

        Assert.InRange((double)aciHits / n, 0.78, 0.82);
        Assert.True((double)staticHits / n < 0.6);
    }

    [Fact]
    public void Confidence_is_the_direction_probability_shrunk_by_spread()
    {
        Assert.Equal(0.9, Confidence.Of(0.9), 12);
        Assert.Equal(0.9, Confidence.Of(0.1), 12);
        Assert.Equal(0.85, Confidence.Of(0.9, spread: 0.05), 12);
        Assert.Equal(0.5, Confidence.Of(0.6, spread: 0.3), 12);
    }

    [Fact]
    public void Bad_inputs_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SplitConformal.HalfWidth([1.0], 1.0));
        Assert.Throws<ArgumentException>(() => SplitConformal.HalfWidth([], 0.8));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AdaptiveConformal(0.8, gamma: 0));
        Assert.Throws<ArgumentException>(() => SplitConformal.AbsoluteResiduals([1.0], [1.0, 2.0]));
    }
}
