using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Quality;

/// <summary>
/// Robust z-scores: z = (x − median) / (1.4826 · MAD), the MAD scaled to match a standard deviation under normality
/// (Rousseeuw &amp; Croux 1993). Medians ignore the outliers they are meant to catch, unlike mean and standard deviation.
/// Statistics are taken per block of <c>window</c> consecutive values, so a calm year is not judged by a wild one (volatility regimes).
/// The scale has a floor of half the mean-absolute-deviation estimate (·√(π/2)), so near-discrete series (tick-sized moves,
/// flat no-trade bars) whose MAD collapses towards zero do not turn every ordinary move into an outlier.
/// </summary>
internal static class RobustOutliers
{
    private const double MadToSigma = 1.4826;

    /// <summary>Returns across a gap are skipped: they span several intervals and would look like jumps.</summary>
    public static List<PriceOutlier> Find(CandleSeries series, double returnZ, double rangeZ, int window)
    {
        var close = series.Close;
        var open = series.OpenTimeMs;
        var tf = series.Timeframe;
        var returns = new List<(int Index, double Value)>(series.Count);
        for (var i = 1; i < series.Count; i++)
        {
            if (GapScanner.Intervals(tf, open[i - 1], open[i]) == 1)
            {
                returns.Add((i, Math.Log(close[i] / close[i - 1])));
            }
        }

        var ranges = new List<(int Index, double Value)>(series.Count);
        for (var i = 0; i < series.Count; i++)
        {
            ranges.Add((i, Math.Log(series.High[i] / series.Low[i])));
        }

        var found = new List<PriceOutlier>();
        foreach (var block in Blocks(returns, window))
        {
            Flag(block, returnZ, twoSided: true, "return", open, found);
        }

        foreach (var block in Blocks(ranges, window))
        {
            Flag(block, rangeZ, twoSided: false, "range", open, found);
        }

        found.Sort((a, b) => a.OpenTime.CompareTo(b.OpenTime));
        return found;
    }

    // Consecutive blocks of `window` values; a short tail (under half a window) joins the block before it.
    private static IEnumerable<List<(int Index, double Value)>> Blocks(List<(int Index, double Value)> xs, int window)
    {
        window = Math.Max(window, 16);
        for (var start = 0; start < xs.Count;)
        {
            var length = xs.Count - start < window + window / 2 ? xs.Count - start : window;
            yield return xs.GetRange(start, length);
            start += length;
        }
    }

    private static void Flag(List<(int Index, double Value)> xs, double threshold, bool twoSided, string kind, ReadOnlySpan<long> open, List<PriceOutlier> found)
    {
        if (xs.Count < 3)
        {
            return;
        }

        var values = xs.Select(x => x.Value).ToArray();
        var median = Median(values);
        var deviations = values.Select(v => Math.Abs(v - median)).ToArray();
        var scale = Math.Max(MadToSigma * Median(deviations), 0.5 * deviations.Average() * Math.Sqrt(Math.PI / 2));

        if (scale <= 0)
        {
            return;
        }

        foreach (var (index, value) in xs)
        {
            var z = (value - median) / scale;
            if (twoSided ? Math.Abs(z) > threshold : z > threshold)
            {
                found.Add(new PriceOutlier(DateTimeOffset.FromUnixTimeMilliseconds(open[index]), kind, value, z));
            }
        }
    }

    internal static double Median(double[] values)
    {
        var copy = (double[])values.Clone();
        Array.Sort(copy);
        var n = copy.Length;
        return n % 2 == 1 ? copy[n / 2] : (copy[n / 2 - 1] + copy[n / 2]) / 2;
    }
}
