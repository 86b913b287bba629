namespace CryptoSmartTrader.Backtesting.Metrics;

/// <summary>
/// Historical (non-parametric) value at risk and conditional value at risk at confidence c of per-bar returns:
/// VaR = −Q(1 − c) with Q the type-7 (linear interpolation) empirical quantile; CVaR (expected shortfall)
/// = −mean{rᵢ : rᵢ ≤ Q(1 − c)}. Both are reported as positive loss fractions per bar.
/// </summary>
public static class TailRisk
{
    public static (double VaR, double CVaR) Historical(ReadOnlySpan<double> returns, double confidence = 0.95)
    {
        if (confidence is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "confidence must be in (0, 1), e.g. 0.95");
        }

        if (returns.Length == 0) return (double.NaN, double.NaN);
        // Only the lowest tail needs sorting: select the hi+1 smallest values (3-way quickselect), sort those, and the
        // quantile and the tail sum are exactly those of a full sort (the same values in the same order).
        var values = returns.ToArray();
        var h = (values.Length - 1) * (1 - confidence);
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, values.Length - 1);
        SelectSmallest(values, hi + 1);
        var prefix = values.AsSpan(0, hi + 1);
        prefix.Sort();
        var q = prefix[lo] + (h - lo) * (prefix[hi] - prefix[lo]);
        double sum = 0;
        var n = 0;
        foreach (var r in prefix)
        {
            if (r > q) break;
            sum += r;
            n++;
        }

        if (n == prefix.Length)
        {
            // Values beyond the prefix are >= its largest; those equal to q follow it in sorted order.
            for (var i = prefix.Length; i < values.Length; i++)
            {
                if (values[i] <= q)
                {
                    sum += values[i];
                    n++;
                }
            }
        }

        return (-q, n == 0 ? -q : -sum / n);
    }

    /// <summary>Rearranges <paramref name="x"/> so that its <paramref name="k"/> smallest values come first (in any order).</summary>
    private static void SelectSmallest(double[] x, int k)
    {
        int left = 0, right = x.Length - 1;
        while (left < right)
        {
            var a = x[left];
            var b = x[left + (right - left) / 2];
            var c = x[right];
            var pivot = Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
            // Three-way partition: [left, lt) < pivot, [lt, gt] == pivot, (gt, right] > pivot (returns repeat 0 often).
            int lt = left, i = left, gt = right;
            while (i <= gt)
            {
                var v = x[i];
                if (v < pivot)
                {
                    x[i++] = x[lt];
                    x[lt++] = v;
                }
                else if (v > pivot)
                {
                    x[i] = x[gt];
                    x[gt--] = v;
                }
                else
                {
                    i++;
                }
            }

            if (k <= lt) right = lt - 1;
            else if (k > gt + 1) left = gt + 1;
            else return;
        }
    }
}
