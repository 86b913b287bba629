namespace CryptoSmartTrader.Backtesting.Metrics;

/// <summary>
/// Count, mean and sum of squared deviations of one block of returns. Blocks combine exactly (Chan, Golub &amp; LeVeque
/// 1979), so CSCV can join any half of the blocks without copying the returns, and a sweep can keep 16 of these per
/// cell instead of the cell's whole return series.
/// </summary>
public readonly record struct BlockMoments(long Count, double Mean, double M2)
{
    /// <summary>The moments of <paramref name="values"/> (two passes: mean, then squared deviations).</summary>
    public static BlockMoments Of(ReadOnlySpan<double> values)
    {
        if (values.Length == 0) return default;
        var m = Stats.Mean(values);
        double s = 0;
        foreach (var v in values) s += (v - m) * (v - m);
        return new BlockMoments(values.Length, m, s);
    }

    /// <summary>One more value (Welford's update).</summary>
    public BlockMoments Add(double x)
    {
        var n = Count + 1;
        var d = x - Mean;
        var mean = Mean + d / n;
        return new BlockMoments(n, mean, M2 + d * (x - mean));
    }

    /// <summary>The moments of the union of two blocks.</summary>
    public BlockMoments Combine(BlockMoments other)
    {
        if (other.Count == 0) return this;
        if (Count == 0) return other;
        var n = Count + other.Count;
        var d = other.Mean - Mean;
        return new BlockMoments(n, Mean + d * other.Count / n, M2 + other.M2 + d * d * Count * other.Count / n);
    }

    /// <summary>Sample standard deviation (n − 1), NaN below two values.</summary>
    public double StdDev => Count < 2 ? double.NaN : Math.Sqrt(M2 / (Count - 1));
}
