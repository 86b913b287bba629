namespace CryptoSmartTrader.Backtesting.Metrics;

/// <summary>Moments of a sample used by the metric formulas (sample standard deviation with n − 1).</summary>
internal static class Stats
{
    public static double Mean(ReadOnlySpan<double> x)
    {
        if (x.Length == 0) return double.NaN;
        double s = 0;
        foreach (var v in x) s += v;
        return s / x.Length;
    }

    /// <summary>Sample standard deviation √(Σ(x − x̄)² / (n − 1)); NaN for fewer than two values.</summary>
    public static double StdDev(ReadOnlySpan<double> x)
    {
        if (x.Length < 2) return double.NaN;
        var m = Mean(x);
        double s = 0;
        foreach (var v in x) s += (v - m) * (v - m);
        return Math.Sqrt(s / (x.Length - 1));
    }

    /// <summary>Population skewness γ₃ = m₃ / m₂^{3/2} (the estimator used by Bailey &amp; López de Prado).</summary>
    public static double Skewness(ReadOnlySpan<double> x)
    {
        var (m2, m3, _) = CentralMoments(x);
        return m2 == 0 ? 0 : m3 / Math.Pow(m2, 1.5);
    }

    /// <summary>Population kurtosis γ₄ = m₄ / m₂² (not excess: 3 for a normal distribution).</summary>
    public static double Kurtosis(ReadOnlySpan<double> x)
    {
        var (m2, _, m4) = CentralMoments(x);
        return m2 == 0 ? 3 : m4 / (m2 * m2);
    }

    /// <summary>Linear-interpolation quantile (Hyndman–Fan type 7, the numpy/R default) of <paramref name="sorted"/>.</summary>
    public static double Quantile(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.Length == 0) return double.NaN;
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static (double M2, double M3, double M4) CentralMoments(ReadOnlySpan<double> x)
    {
        var m = Mean(x);
        double m2 = 0, m3 = 0, m4 = 0;
        foreach (var v in x)
        {
            var d = v - m;
            m2 += d * d;
            m3 += d * d * d;
            m4 += d * d * d * d;
        }

        return (m2 / x.Length, m3 / x.Length, m4 / x.Length);
    }
}
