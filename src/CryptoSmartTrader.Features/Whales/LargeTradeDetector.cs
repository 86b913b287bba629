namespace CryptoSmartTrader.Features.Whales;

/// <summary>
/// Flags large aggregated prints. The quantile threshold for print i is the linear-interpolation (numpy default, "type 7")
/// quantile of the notionals of prints i−L..i−1 (L = QuantileLookback): the print itself and anything later are never used.
/// A print is large when its notional ≥ that threshold (once QuantileMinHistory prints exist) or ≥ AbsoluteNotional.
/// A large print is in a burst when at least BurstMinCount large prints (itself included) completed within BurstWindow
/// up to its own completion time.
/// </summary>
public static class LargeTradeDetector
{
    public static IReadOnlyList<LargePrint> Detect(IReadOnlyList<AggregatedPrint> prints, WhaleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(prints);
        var o = options ?? new WhaleOptions();
        o.Validate();
        var sorted = new List<double>(o.QuantileLookback + 1);
        var window = new Queue<double>(o.QuantileLookback + 1);
        var recentLarge = new Queue<DateTimeOffset>();
        var result = new LargePrint[prints.Count];
        for (var i = 0; i < prints.Count; i++)
        {
            var p = prints[i];
            var threshold = sorted.Count >= o.QuantileMinHistory ? Quantile(sorted, o.Quantile) : double.NaN;
            var byQ = !double.IsNaN(threshold) && p.Notional >= threshold;
            var byAbs = o.AbsoluteNotional is { } abs && p.Notional >= abs;
            var burst = false;
            if (byQ || byAbs)
            {
                while (recentLarge.Count > 0 && p.LastTime - recentLarge.Peek() > o.BurstWindow) recentLarge.Dequeue();
                recentLarge.Enqueue(p.LastTime);
                burst = recentLarge.Count >= o.BurstMinCount;
            }

            result[i] = new LargePrint(p, threshold, byQ, byAbs, burst);
            Insert(sorted, p.Notional);
            window.Enqueue(p.Notional);
            if (window.Count > o.QuantileLookback)
            {
                var old = window.Dequeue();
                sorted.RemoveAt(sorted.BinarySearch(old));
            }
        }

        return result;
    }

    internal static double Quantile(List<double> sorted, double q)
    {
        var h = (sorted.Count - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static void Insert(List<double> sorted, double value)
    {
        var at = sorted.BinarySearch(value);
        sorted.Insert(at < 0 ? ~at : at, value);
    }
}
