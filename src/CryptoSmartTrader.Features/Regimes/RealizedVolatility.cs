namespace CryptoSmartTrader.Features.Regimes;

/// <summary>
/// Realised volatility and its rolling percentile, using only data up to each bar.
/// rv_w(t) is the sample standard deviation (n − 1) of the last w log returns ln(c_i / c_{i−1}), i = t−w+1..t (ready from
/// bar w). rv_pct_p(t) is the fraction of the last p ready rv values (t−p+1..t, the current one included) that are ≤ rv(t),
/// so 1.0 means "highest volatility of the last p bars". Not-ready bars are NaN.
/// </summary>
public static class RealizedVolatility
{
    public static double[] LogReturns(ReadOnlySpan<double> close)
    {
        var r = new double[close.Length];
        if (close.Length > 0)
        {
            r[0] = double.NaN;
        }

        for (var i = 1; i < close.Length; i++)
        {
            r[i] = Math.Log(close[i] / close[i - 1]);
        }

        return r;
    }

    public static double[] Rolling(ReadOnlySpan<double> close, int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 2);
        var r = LogReturns(close);
        var rv = new double[close.Length];
        for (var t = 0; t < close.Length; t++)
        {
            if (t < window)
            {
                rv[t] = double.NaN;
                continue;
            }

            double mean = 0;
            for (var i = t - window + 1; i <= t; i++)
            {
                mean += r[i];
            }

            mean /= window;
            double ss = 0;
            for (var i = t - window + 1; i <= t; i++)
            {
                ss += (r[i] - mean) * (r[i] - mean);
            }

            rv[t] = Math.Sqrt(ss / (window - 1));
        }

        return rv;
    }

    public static double[] Percentile(ReadOnlySpan<double> values, int lookback)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lookback, 2);
        var pct = new double[values.Length];
        for (var t = 0; t < values.Length; t++)
        {
            pct[t] = double.NaN;
            if (t + 1 < lookback || double.IsNaN(values[t]))
            {
                continue;
            }

            var below = 0;
            var complete = true;
            for (var i = t - lookback + 1; i <= t; i++)
            {
                if (double.IsNaN(values[i]))
                {
                    complete = false;
                    break;
                }

                if (values[i] <= values[t])
                {
                    below++;
                }
            }

            if (complete)
            {
                pct[t] = (double)below / lookback;
            }
        }

        return pct;
    }
}
