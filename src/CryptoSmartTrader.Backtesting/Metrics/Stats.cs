using MathNet.Numerics.Statistics;

namespace CryptoSmartTrader.Backtesting.Metrics;

/// <summary>
/// Moments and quantiles used by the metric formulas, computed by MathNet.Numerics. Kept as a thin facade because the
/// metrics pass spans and need two conventions MathNet spells differently: kurtosis is not excess (3 for a normal
/// distribution) and a constant sample has skewness 0 / kurtosis 3 rather than NaN.
/// </summary>
internal static class Stats
{
    public static double Mean(ReadOnlySpan<double> x) => x.Length == 0 ? double.NaN : ArrayStatistics.Mean(x.ToArray());

    /// <summary>Sample standard deviation √(Σ(x − x̄)² / (n − 1)); NaN for fewer than two values.</summary>
    public static double StdDev(ReadOnlySpan<double> x) => x.Length < 2 ? double.NaN : ArrayStatistics.StandardDeviation(x.ToArray());

    /// <summary>Population skewness γ₃ = m₃ / m₂^{3/2} (the estimator used by Bailey &amp; López de Prado).</summary>
    public static double Skewness(ReadOnlySpan<double> x)
    {
        var values = x.ToArray();
        return IsConstant(values) ? 0 : Statistics.PopulationSkewness(values);
    }

    /// <summary>Population kurtosis γ₄ = m₄ / m₂² (not excess: 3 for a normal distribution).</summary>
    public static double Kurtosis(ReadOnlySpan<double> x)
    {
        var values = x.ToArray();
        // MathNet reports excess kurtosis.
        return IsConstant(values) ? 3 : Statistics.PopulationKurtosis(values) + 3;
    }

    /// <summary>Linear-interpolation quantile (Hyndman–Fan type 7, the numpy/R default) of <paramref name="sorted"/>.</summary>
    public static double Quantile(ReadOnlySpan<double> sorted, double p) =>
        sorted.Length == 0 ? double.NaN : SortedArrayStatistics.QuantileCustom(sorted.ToArray(), p, QuantileDefinition.R7);

    private static bool IsConstant(double[] values) => values.Length == 0 || ArrayStatistics.PopulationVariance(values) == 0;
}
