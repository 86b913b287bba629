using MathNet.Numerics;

namespace CryptoSmartTrader.Features.Regimes;

/// <summary>
/// Hurst exponent estimators on a series of increments (for prices: log returns).
/// <list type="bullet">
/// <item><b>R/S</b> (Hurst 1951, Mandelbrot–Wallis): the series is cut into non-overlapping chunks of size n, the rescaled
/// range R/S is averaged per n, and H is the slope of log(R/S) − log E[R/S] on log n, plus ½. E[R/S] is the
/// Anis–Lloyd expectation for i.i.d. noise with Peters' (n − ½)/n correction, which removes the well-known small-sample
/// upward bias of raw R/S (white noise then scores ≈ 0.5 rather than ≈ 0.6 on 100 points).</item>
/// <item><b>DFA-1</b> (Peng et al. 1994): the mean-removed profile is cut into windows of size s, a least-squares line is
/// removed per window and the RMS residual F(s) is computed; H is the slope of log F(s) on log s
/// (for fractional Gaussian noise the DFA exponent equals H).</item>
/// </list>
/// Chunk sizes are log-spaced between the minimum and a fraction of the length. Returns NaN when the input is too short
/// or degenerate (constant), never a guessed value.
/// </summary>
public static class HurstExponent
{
    public const int MinimumChunk = 8;

    /// <summary>Anis–Lloyd–Peters corrected rescaled-range estimate of H.</summary>
    public static double RescaledRange(ReadOnlySpan<double> increments)
    {
        var n = increments.Length;
        if (n < 4 * MinimumChunk || IsConstant(increments))
        {
            return double.NaN;
        }

        Span<int> sizes = stackalloc int[32];
        var count = LogSpacedSizes(MinimumChunk, n / 2, sizes);
        Span<double> xs = stackalloc double[count];
        Span<double> ys = stackalloc double[count];
        var used = 0;
        for (var i = 0; i < count; i++)
        {
            var size = sizes[i];
            var chunks = n / size;
            double sum = 0;
            var valid = 0;
            for (var c = 0; c < chunks; c++)
            {
                var rs = ChunkRescaledRange(increments.Slice(c * size, size));
                if (!double.IsNaN(rs))
                {
                    sum += rs;
                    valid++;
                }
            }

            if (valid == 0)
            {
                continue;
            }

            xs[used] = Math.Log(size);
            ys[used] = Math.Log(sum / valid) - Math.Log(ExpectedRescaledRange(size));
            used++;
        }

        return used < 3 ? double.NaN : 0.5 + Slope(xs[..used], ys[..used]);
    }

    /// <summary>Detrended fluctuation analysis (order 1) estimate of H.</summary>
    public static double Dfa(ReadOnlySpan<double> increments)
    {
        var n = increments.Length;
        if (n < 4 * MinimumChunk || IsConstant(increments))
        {
            return double.NaN;
        }

        double mean = 0;
        foreach (var v in increments)
        {
            mean += v;
        }

        mean /= n;
        var profile = n <= 4096 ? stackalloc double[n] : new double[n];
        double acc = 0;
        for (var i = 0; i < n; i++)
        {
            acc += increments[i] - mean;
            profile[i] = acc;
        }

        Span<int> sizes = stackalloc int[32];
        var count = LogSpacedSizes(MinimumChunk, n / 4, sizes);
        Span<double> xs = stackalloc double[count];
        Span<double> ys = stackalloc double[count];
        var used = 0;
        for (var i = 0; i < count; i++)
        {
            var s = sizes[i];
            var windows = n / s;
            double f2 = 0;
            for (var w = 0; w < windows; w++)
            {
                f2 += DetrendedVariance(profile.Slice(w * s, s));
            }

            f2 /= windows;
            if (f2 <= 0)
            {
                continue;
            }

            xs[used] = Math.Log(s);
            ys[used] = 0.5 * Math.Log(f2);
            used++;
        }

        return used < 3 ? double.NaN : Slope(xs[..used], ys[..used]);
    }

    /// <summary>Anis–Lloyd expected R/S of n i.i.d. normal values, with Peters' (n − ½)/n factor.</summary>
    internal static double ExpectedRescaledRange(int n)
    {
        // Rolling windows ask for the same few sizes millions of times; the value is deterministic, so a racy fill is harmless.
        if (n < ExpectedCache.Length)
        {
            var cached = ExpectedCache[n];
            return cached > 0 ? cached : ExpectedCache[n] = ComputeExpectedRescaledRange(n);
        }

        return ComputeExpectedRescaledRange(n);
    }

    private static readonly double[] ExpectedCache = new double[2049];

    private static double ComputeExpectedRescaledRange(int n)
    {
        double sum = 0;
        for (var i = 1; i < n; i++)
        {
            sum += Math.Sqrt((double)(n - i) / i);
        }

        var gammaRatio = n <= 340
            ? Math.Exp(SpecialFunctions.GammaLn((n - 1) / 2.0) - SpecialFunctions.GammaLn(n / 2.0)) / Math.Sqrt(Math.PI)
            : 1.0 / Math.Sqrt(n * Math.PI / 2);
        return (n - 0.5) / n * gammaRatio * sum;
    }

    private static double ChunkRescaledRange(ReadOnlySpan<double> chunk)
    {
        double mean = 0;
        foreach (var v in chunk)
        {
            mean += v;
        }

        mean /= chunk.Length;
        double cum = 0, max = double.NegativeInfinity, min = double.PositiveInfinity, ss = 0;
        foreach (var v in chunk)
        {
            var d = v - mean;
            cum += d;
            ss += d * d;
            max = Math.Max(max, cum);
            min = Math.Min(min, cum);
        }

        var sd = Math.Sqrt(ss / chunk.Length);
        return sd > 0 ? (max - min) / sd : double.NaN;
    }

    private static double DetrendedVariance(ReadOnlySpan<double> y)
    {
        // Least-squares line on x = 0..s-1 via closed-form sums.
        var s = y.Length;
        double sx = (s - 1) * s / 2.0, sxx = (s - 1) * s * (2.0 * s - 1) / 6.0, sy = 0, sxy = 0;
        for (var i = 0; i < s; i++)
        {
            sy += y[i];
            sxy += i * y[i];
        }

        var denom = s * sxx - sx * sx;
        var b = (s * sxy - sx * sy) / denom;
        var a = (sy - b * sx) / s;
        double ss = 0;
        for (var i = 0; i < s; i++)
        {
            var r = y[i] - a - b * i;
            ss += r * r;
        }

        return ss / s;
    }

    internal static int LogSpacedSizes(int min, int max, Span<int> sizes)
    {
        if (max < min)
        {
            return 0;
        }

        var steps = Math.Min(sizes.Length, 16);
        var count = 0;
        var ratio = Math.Log((double)max / min);
        for (var i = 0; i < steps; i++)
        {
            var size = (int)Math.Round(min * Math.Exp(ratio * i / (steps - 1)));
            if (count == 0 || size > sizes[count - 1])
            {
                sizes[count++] = size;
            }
        }

        return count;
    }

    private static bool IsConstant(ReadOnlySpan<double> x)
    {
        foreach (var v in x)
        {
            if (v != x[0]) return false;
        }

        return true;
    }

    private static double Slope(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double mx = 0, my = 0;
        for (var i = 0; i < x.Length; i++)
        {
            mx += x[i];
            my += y[i];
        }

        mx /= x.Length;
        my /= x.Length;
        double sxy = 0, sxx = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }

        return sxy / sxx;
    }
}
