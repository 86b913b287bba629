namespace CryptoSmartTrader.Models.Drift;

/// <summary>Population stability index and the two-sample Kolmogorov–Smirnov test.</summary>
public static class DriftStatistics
{
    /// <summary>
    /// PSI = Σ (a_i − e_i)·ln(a_i / e_i) over bins cut at the reference deciles (value &lt; cut → lower bin);
    /// empty bins are floored at 1e-4 so the log stays finite. NaN values are ignored.
    /// </summary>
    public static double Psi(ReadOnlySpan<double> reference, ReadOnlySpan<double> recent, int bins = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 2);
        var sorted = Finite(reference);
        var recentValues = Finite(recent);
        if (sorted.Length == 0 || recentValues.Length == 0)
        {
            return double.NaN;
        }

        Array.Sort(sorted);
        var cuts = new double[bins - 1];
        for (var k = 1; k < bins; k++)
        {
            cuts[k - 1] = sorted[(int)((long)k * sorted.Length / bins)];
        }

        var e = Histogram(sorted, cuts);
        var a = Histogram(recentValues, cuts);
        var psi = 0.0;
        for (var k = 0; k < bins; k++)
        {
            var ek = Math.Max(e[k], 1e-4);
            var ak = Math.Max(a[k], 1e-4);
            psi += (ak - ek) * Math.Log(ak / ek);
        }

        return psi;
    }

    /// <summary>The KS statistic D = sup |F_a − F_b| and its asymptotic p-value (Kolmogorov distribution, Stephens' correction).</summary>
    public static (double D, double PValue) KolmogorovSmirnov(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var x = Finite(a);
        var y = Finite(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return (double.NaN, double.NaN);
        }

        Array.Sort(x);
        Array.Sort(y);
        int i = 0, j = 0;
        var d = 0.0;
        while (i < x.Length && j < y.Length)
        {
            var v = Math.Min(x[i], y[j]);
            while (i < x.Length && x[i] <= v) i++;
            while (j < y.Length && y[j] <= v) j++;
            d = Math.Max(d, Math.Abs((double)i / x.Length - (double)j / y.Length));
        }

        var ne = (double)x.Length * y.Length / (x.Length + y.Length);
        var lambda = (Math.Sqrt(ne) + 0.12 + 0.11 / Math.Sqrt(ne)) * d;
        return (d, KolmogorovQ(lambda));
    }

    private static double KolmogorovQ(double lambda)
    {
        if (lambda < 1e-3)
        {
            return 1;
        }

        var sum = 0.0;
        for (var k = 1; k <= 100; k++)
        {
            var term = Math.Exp(-2 * k * k * lambda * lambda);
            sum += (k % 2 == 1 ? 2 : -2) * term;
            if (term < 1e-12)
            {
                break;
            }
        }

        return Math.Clamp(sum, 0, 1);
    }

    private static double[] Histogram(double[] values, double[] cuts)
    {
        var h = new double[cuts.Length + 1];
        foreach (var v in values)
        {
            var k = 0;
            while (k < cuts.Length && v >= cuts[k])
            {
                k++;
            }

            h[k]++;
        }

        for (var k = 0; k < h.Length; k++)
        {
            h[k] /= values.Length;
        }

        return h;
    }

    private static double[] Finite(ReadOnlySpan<double> v)
    {
        var list = new List<double>(v.Length);
        foreach (var x in v)
        {
            if (double.IsFinite(x))
            {
                list.Add(x);
            }
        }

        return [.. list];
    }
}
