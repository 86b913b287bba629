namespace CryptoSmartTrader.Models.Calibration;

/// <summary>Isotonic regression by pool-adjacent-violators (Ayer et al. 1955): the non-decreasing step fit of y on x.</summary>
internal static class Isotonic
{
    /// <summary>Returns block centres (mean x, strictly increasing), block values (mean y, non-decreasing) and block sizes.</summary>
    public static (double[] X, double[] Y, double[] N) Fit(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var order = Enumerable.Range(0, x.Length).ToArray();
        var keys = x.ToArray();
        Array.Sort(keys, order);
        var sumX = new List<double>();
        var sumY = new List<double>();
        var count = new List<double>();
        var k = 0;
        while (k < order.Length)
        {
            // Equal scores form one block first (as in scikit-learn), so a tie can never map to two values.
            double bx0 = 0, by0 = 0, n0 = 0;
            var first = keys[k];
            while (k < order.Length && keys[k] == first)
            {
                bx0 += x[order[k]];
                by0 += y[order[k]];
                n0++;
                k++;
            }

            sumX.Add(bx0);
            sumY.Add(by0);
            count.Add(n0);
            // Merge while the last block's mean is below the previous one (a violation).
            while (sumY.Count > 1 && sumY[^1] / count[^1] <= sumY[^2] / count[^2])
            {
                var last = sumY.Count - 1;
                sumX[last - 1] += sumX[last];
                sumY[last - 1] += sumY[last];
                count[last - 1] += count[last];
                sumX.RemoveAt(last);
                sumY.RemoveAt(last);
                count.RemoveAt(last);
            }
        }

        var bx = new double[sumX.Count];
        var by = new double[sumX.Count];
        for (var b = 0; b < bx.Length; b++)
        {
            bx[b] = sumX[b] / count[b];
            by[b] = sumY[b] / count[b];
        }

        return (bx, by, [.. count]);
    }
}
