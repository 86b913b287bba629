using CryptoSmartTrader.Backtesting.Metrics;

namespace CryptoSmartTrader.Backtesting.Tests.Metrics;

/// <summary>The conventions the metric formulas rely on, on a sample worked by hand: 1, 2, 3, 4, 10.</summary>
public sealed class StatsTests
{
    private static readonly double[] Sample = [1, 2, 3, 4, 10];

    [Fact]
    public void Mean_and_sample_standard_deviation()
    {
        Assert.Equal(4, Stats.Mean(Sample), 12);
        Assert.Equal(Math.Sqrt(12.5), Stats.StdDev(Sample), 12);   // Σ(x − 4)² = 50, / (n − 1)
    }

    [Fact]
    public void Skewness_and_kurtosis_are_population_moments_and_kurtosis_is_not_excess()
    {
        // m2 = 50/5 = 10, m3 = 180/5 = 36, m4 = 1394/5 = 278.8
        Assert.Equal(36 / Math.Pow(10, 1.5), Stats.Skewness(Sample), 12);
        Assert.Equal(2.788, Stats.Kurtosis(Sample), 12);
    }

    [Fact]
    public void Quantiles_interpolate_linearly_between_order_statistics()
    {
        Assert.Equal(2, Stats.Quantile(Sample, 0.25), 12);
        Assert.Equal(7.6, Stats.Quantile(Sample, 0.9), 12);   // h = 3.6: 4 + 0.6 · (10 − 4)
        Assert.Equal(10, Stats.Quantile(Sample, 1), 12);
    }

    [Fact]
    public void Degenerate_samples_give_the_documented_values()
    {
        Assert.True(double.IsNaN(Stats.Mean([])));
        Assert.True(double.IsNaN(Stats.StdDev([5])));
        Assert.True(double.IsNaN(Stats.Quantile([], 0.5)));
        Assert.Equal(0, Stats.Skewness([2, 2, 2]));
        Assert.Equal(3, Stats.Kurtosis([2, 2, 2]));
    }
}
