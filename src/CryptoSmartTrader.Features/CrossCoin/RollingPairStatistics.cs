namespace CryptoSmartTrader.Features.CrossCoin;

/// <summary>
/// Pearson correlation and OLS beta over a trailing window with pairwise deletion: rows where either value is NaN are
/// skipped, and the result is NaN unless at least <c>minObs</c> complete pairs remain. Two-pass (mean first) for accuracy.
/// </summary>
internal static class RollingPairStatistics
{
    public static (double Correlation, double Beta) At(double[] y, double[] x, int t, int window, int minObs, int xLag = 0)
    {
        int n = 0;
        double mx = 0, my = 0;
        for (var i = Math.Max(xLag, t - window + 1); i <= t; i++)
        {
            var xi = x[i - xLag];
            if (double.IsNaN(xi) || double.IsNaN(y[i])) continue;
            mx += xi;
            my += y[i];
            n++;
        }

        if (n < minObs) return (double.NaN, double.NaN);
        mx /= n;
        my /= n;
        double sxx = 0, syy = 0, sxy = 0;
        for (var i = Math.Max(xLag, t - window + 1); i <= t; i++)
        {
            var xi = x[i - xLag];
            if (double.IsNaN(xi) || double.IsNaN(y[i])) continue;
            sxx += (xi - mx) * (xi - mx);
            syy += (y[i] - my) * (y[i] - my);
            sxy += (xi - mx) * (y[i] - my);
        }

        var corr = sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : double.NaN;
        var beta = sxx > 0 ? sxy / sxx : double.NaN;
        return (corr, beta);
    }
}
