namespace CryptoSmartTrader.Models.CrossSection;

/// <summary>
/// Summary of a per-bar IC series. <see cref="Mean"/>, <see cref="StdDev"/> and <see cref="Icir"/> (mean / sd) use every
/// bar with a value. Labels of consecutive bars overlap (a 24h label spans 24 hourly rows), so the t-statistic uses only
/// every <c>stride</c>-th bar (non-overlapping labels): <see cref="IndependentBars"/> of them. Treat t ≈ 2 as weak evidence.
/// </summary>
public sealed record IcSummary(int Bars, double Mean, double StdDev, double Icir, int IndependentBars, double TStat, double HitRate)
{
    public static IcSummary Of(ReadOnlySpan<double> perBar, int stride, int offset = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, 1);
        var (n, mean, sd, hit) = Moments(perBar, 1, 0);
        var (ni, meanI, sdI, _) = Moments(perBar, stride, offset);
        var t = ni > 1 && sdI > 0 ? meanI / (sdI / Math.Sqrt(ni)) : double.NaN;
        return new IcSummary(n, mean, sd, sd > 0 ? mean / sd : double.NaN, ni, t, hit);
    }

    private static (int N, double Mean, double Sd, double Hit) Moments(ReadOnlySpan<double> x, int stride, int offset)
    {
        double sum = 0, sq = 0;
        var n = 0;
        var pos = 0;
        for (var t = offset; t < x.Length; t += stride)
        {
            if (double.IsNaN(x[t])) continue;
            sum += x[t];
            n++;
            if (x[t] > 0) pos++;
        }

        if (n == 0) return (0, double.NaN, double.NaN, double.NaN);
        var mean = sum / n;
        for (var t = offset; t < x.Length; t += stride)
        {
            if (!double.IsNaN(x[t])) sq += (x[t] - mean) * (x[t] - mean);
        }

        return (n, mean, n > 1 ? Math.Sqrt(sq / (n - 1)) : double.NaN, (double)pos / n);
    }
}
