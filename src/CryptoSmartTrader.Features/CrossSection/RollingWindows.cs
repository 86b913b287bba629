namespace CryptoSmartTrader.Features.CrossSection;

/// <summary>Trailing-window statistics over arrays with gaps (NaN): a window needs a minimum count of present values.</summary>
internal static class RollingWindows
{
    /// <summary>Population standard deviation over the trailing window ending at each row.</summary>
    public static double[] StdDev(double[] x, int window, int minObs)
    {
        var result = new double[x.Length];
        double sum = 0, sq = 0;
        var n = 0;
        for (var t = 0; t < x.Length; t++)
        {
            if (!double.IsNaN(x[t])) { sum += x[t]; sq += x[t] * x[t]; n++; }
            if (t >= window && !double.IsNaN(x[t - window])) { sum -= x[t - window]; sq -= x[t - window] * x[t - window]; n--; }
            if (n < minObs) { result[t] = double.NaN; continue; }
            var mean = sum / n;
            result[t] = Math.Sqrt(Math.Max(0, sq / n - mean * mean));
        }

        return result;
    }

    public static double[] Mean(double[] x, int window, int minObs)
    {
        var result = new double[x.Length];
        double sum = 0;
        var n = 0;
        for (var t = 0; t < x.Length; t++)
        {
            if (!double.IsNaN(x[t])) { sum += x[t]; n++; }
            if (t >= window && !double.IsNaN(x[t - window])) { sum -= x[t - window]; n--; }
            result[t] = n < minObs ? double.NaN : sum / n;
        }

        return result;
    }

    /// <summary>Maximum over the trailing window (monotone deque), NaN with too few present values.</summary>
    public static double[] Max(double[] x, int window, int minObs)
    {
        var result = new double[x.Length];
        var deque = new LinkedList<int>();
        var n = 0;
        for (var t = 0; t < x.Length; t++)
        {
            if (!double.IsNaN(x[t]))
            {
                n++;
                while (deque.Count > 0 && x[deque.Last!.Value] <= x[t]) deque.RemoveLast();
                deque.AddLast(t);
            }

            if (t >= window && !double.IsNaN(x[t - window])) n--;
            while (deque.Count > 0 && deque.First!.Value <= t - window) deque.RemoveFirst();
            result[t] = n < minObs || deque.Count == 0 ? double.NaN : x[deque.First!.Value];
        }

        return result;
    }

    /// <summary>OLS slope of y on x over the trailing window, using rows where both are present.</summary>
    public static double[] Beta(double[] y, double[] x, int window, int minObs)
    {
        var result = new double[y.Length];
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        var n = 0;
        for (var t = 0; t < y.Length; t++)
        {
            if (!double.IsNaN(x[t]) && !double.IsNaN(y[t])) { sx += x[t]; sy += y[t]; sxx += x[t] * x[t]; sxy += x[t] * y[t]; n++; }
            var o = t - window;
            if (o >= 0 && !double.IsNaN(x[o]) && !double.IsNaN(y[o])) { sx -= x[o]; sy -= y[o]; sxx -= x[o] * x[o]; sxy -= x[o] * y[o]; n--; }
            var varx = sxx / Math.Max(n, 1) - (sx / Math.Max(n, 1)) * (sx / Math.Max(n, 1));
            result[t] = n < minObs || !(varx > 1e-18) ? double.NaN : (sxy / n - sx / n * (sy / n)) / varx;
        }

        return result;
    }
}
