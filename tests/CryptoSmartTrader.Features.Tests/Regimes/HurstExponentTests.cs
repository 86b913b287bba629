using CryptoSmartTrader.Features.Regimes;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Features.Tests.Regimes;

/// <summary>
/// Estimators against series with known H: seeded white noise (H = 0.5) and exact fractional Gaussian noise from Hosking's
/// method (H = 0.3, 0.7). Each figure is the mean over 4 seeds of 2048 points; tolerance 0.08 (R/S) and 0.06 (DFA),
/// which is about three standard errors of these estimators at this length.
/// </summary>
public sealed class HurstExponentTests
{
    private const int Length = 2048;
    private static readonly int[] Seeds = [1, 2, 3, 4];

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.7)]
    public void Rescaled_range_recovers_known_hurst(double h)
    {
        var estimate = Seeds.Average(s => HurstExponent.RescaledRange(Noise(h, s)));
        Assert.InRange(estimate, h - 0.08, h + 0.08);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.7)]
    public void Dfa_recovers_known_hurst(double h)
    {
        var estimate = Seeds.Average(s => HurstExponent.Dfa(Noise(h, s)));
        Assert.InRange(estimate, h - 0.06, h + 0.06);
    }

    [Fact]
    public void Estimators_order_anti_persistent_below_persistent_on_100_point_windows()
    {
        // The rolling feature uses 100 returns; the estimate is noisy there but must still rank the regimes correctly on average.
        double Mean(double h, bool dfa) => Enumerable.Range(0, 20)
            .Select(i => Noise(h, 100 + i, 100)).Average(x => dfa ? HurstExponent.Dfa(x) : HurstExponent.RescaledRange(x));
        Assert.True(Mean(0.3, false) < Mean(0.5, false) && Mean(0.5, false) < Mean(0.7, false));
        Assert.True(Mean(0.3, true) < Mean(0.5, true) && Mean(0.5, true) < Mean(0.7, true));
        Assert.InRange(Mean(0.5, false), 0.40, 0.60);
    }

    [Fact]
    public void Anis_Lloyd_expectation_matches_the_published_formula_for_small_n()
    {
        // n = 8: ((n-1/2)/n) * Γ(3.5)/(√π Γ(4)) * Σ_{i=1}^{7} √((8-i)/i); Γ(3.5) = 15√π/8, Γ(4) = 6.
        var sum = Enumerable.Range(1, 7).Sum(i => Math.Sqrt((8.0 - i) / i));
        var expected = 7.5 / 8 * (15.0 / 8 / 6) * sum;
        Assert.Equal(expected, HurstExponent.ExpectedRescaledRange(8), 12);
    }

    [Fact]
    public void Too_short_or_constant_input_is_NaN_not_a_guess()
    {
        Assert.True(double.IsNaN(HurstExponent.RescaledRange(new double[20])));
        Assert.True(double.IsNaN(HurstExponent.Dfa(new double[20])));
        Assert.True(double.IsNaN(HurstExponent.RescaledRange(Enumerable.Repeat(0.01, 200).ToArray())));
        Assert.True(double.IsNaN(HurstExponent.Dfa(Enumerable.Repeat(0.01, 200).ToArray())));
    }

    [Fact]
    public void Rolling_hurst_uses_exactly_the_trailing_window_of_log_returns()
    {
        var closes = SyntheticCandles.RandomWalk(300, seed: 9).Close.ToArray();
        var h = RollingHurst.Compute(closes, 100, HurstMethod.Dfa);
        Assert.True(double.IsNaN(h[99]));
        var returns = Enumerable.Range(150 - 99, 100).Select(i => Math.Log(closes[i] / closes[i - 1])).ToArray();
        Assert.Equal(HurstExponent.Dfa(returns), h[150], 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => RollingHurst.Compute(closes, 10, HurstMethod.RescaledRange));
    }

    private static double[] Noise(double h, int seed, int length = Length) =>
        h == 0.5 ? SyntheticFractionalNoise.WhiteNoise(length, seed) : SyntheticFractionalNoise.Hosking(length, h, seed);
}
