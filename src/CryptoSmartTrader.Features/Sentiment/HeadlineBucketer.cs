using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Features.Sentiment;

/// <summary>
/// Turns scored headlines into per-bar features. Bar t sees the headlines with close(t) − window ≤ publishedAt &lt; close(t):
/// strictly before its close, so news stamped at the close belongs to the next bar. Columns: mean score of the scored
/// headlines (NaN when none), count of headlines, count whose score is missing. Missing scores are excluded from the mean,
/// never counted as neutral.
/// </summary>
public static class HeadlineBucketer
{
    public static IReadOnlyList<string> Columns(TimeSpan window) =>
        [$"sent_mean_{Suffix(window)}", $"sent_count_{Suffix(window)}", $"sent_missing_{Suffix(window)}"];

    public static double[][] Compute(IReadOnlyList<(Headline Headline, SentimentScore Score)> scored, CandleSeries bars, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(scored);
        ArgumentNullException.ThrowIfNull(bars);
        if (window <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(window), window, "headline bucketing: window must be > 0");
        var items = scored.OrderBy(s => s.Headline.PublishedAt).ToArray();
        var times = items.Select(s => s.Headline.PublishedAt.ToUnixTimeMilliseconds()).ToArray();
        var n = bars.Count;
        var mean = new double[n];
        var count = new double[n];
        var missing = new double[n];
        var close = bars.CloseTimeMs;
        var w = (long)window.TotalMilliseconds;
        for (var b = 0; b < n; b++)
        {
            var lo = LowerBound(times, close[b] - w);
            var hi = LowerBound(times, close[b]); // strictly before the close
            double sum = 0;
            var scoredCount = 0;
            for (var i = lo; i < hi; i++)
            {
                if (items[i].Score.IsMissing) { missing[b]++; continue; }
                sum += items[i].Score.Score;
                scoredCount++;
            }

            count[b] = hi - lo;
            mean[b] = scoredCount > 0 ? sum / scoredCount : double.NaN;
        }

        return [mean, count, missing];
    }

    private static string Suffix(TimeSpan w) => w.TotalHours >= 1 && w.TotalHours % 1 == 0 ? $"{w.TotalHours}h" : $"{w.TotalMinutes}m";

    private static int LowerBound(long[] a, long v)
    {
        int lo = 0, hi = a.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (a[mid] < v) lo = mid + 1; else hi = mid;
        }

        return lo;
    }
}
