using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Cli.Tests.Commands.Features;

/// <summary>
/// An independent re-computation of the cross-coin columns from the published definitions (docs/features.md,
/// "Cross-coin"), written without the production panel: every value is looked up by bar close time in a dictionary per
/// symbol, so a bar that is absent is simply not found (never filled), and windows walk back hour by hour from the row.
/// </summary>
internal sealed class CrossSectionReference(IReadOnlyDictionary<string, Dictionary<long, double>> closes, string target, long stepMs)
{
    public const int Window = 168;
    public const int MinPairs = 135; // ceil(0.8 · 168)

    public static Dictionary<long, double> ClosesByCloseTime(CandleSeries s, long? withoutCloseMs = null)
    {
        var map = new Dictionary<long, double>();
        for (var i = 0; i < s.Count; i++)
        {
            if (s.CloseTimeMs[i] != withoutCloseMs) map[s.CloseTimeMs[i]] = s.Close[i];
        }

        return map;
    }

    private double Close(string symbol, long t) => closes[symbol].TryGetValue(t, out var c) ? c : double.NaN;

    /// <summary>ln(c_t / c_{t−1}); NaN unless both bars exist.</summary>
    public double Return(string symbol, long t) => Math.Log(Close(symbol, t) / Close(symbol, t - stepMs));

    private double IndexReturn(long t)
    {
        var r = closes.Keys.Select(s => Return(s, t)).Where(v => !double.IsNaN(v)).ToArray();
        return r.Length >= 2 ? r.Average() : double.NaN;
    }

    /// <summary>Pearson correlation and beta of y on x over the last <see cref="Window"/> rows, complete pairs only.</summary>
    private (double Corr, double Beta) Pair(Func<long, double> y, Func<long, double> x, long t)
    {
        var pairs = Enumerable.Range(0, Window).Select(k => (X: x(t - k * stepMs), Y: y(t - k * stepMs)))
            .Where(p => !double.IsNaN(p.X) && !double.IsNaN(p.Y)).ToArray();
        if (pairs.Length < MinPairs) return (double.NaN, double.NaN);
        var mx = pairs.Average(p => p.X);
        var my = pairs.Average(p => p.Y);
        var sxy = pairs.Sum(p => (p.X - mx) * (p.Y - my));
        var sxx = pairs.Sum(p => (p.X - mx) * (p.X - mx));
        var syy = pairs.Sum(p => (p.Y - my) * (p.Y - my));
        return (sxy / Math.Sqrt(sxx * syy), sxy / sxx);
    }

    /// <summary>Share of symbols above their 50-bar SMA among those with all 50 closes; NaN with fewer than two.</summary>
    public double Breadth(long t)
    {
        int eligible = 0, above = 0;
        foreach (var s in closes.Keys)
        {
            var window = Enumerable.Range(0, 50).Select(k => Close(s, t - k * stepMs)).ToArray();
            if (window.Any(double.IsNaN)) continue;
            eligible++;
            if (window[0] > window.Average()) above++;
        }

        return eligible >= 2 ? (double)above / eligible : double.NaN;
    }

    public IReadOnlyDictionary<string, double> Row(long t)
    {
        double Y(long u) => Return(target, u);
        double Btc(long u) => Return("BTC", u);
        var (corr, beta) = Pair(Y, Btc, t);
        var returns = closes.Keys.Select(s => Return(s, t)).Where(v => !double.IsNaN(v)).ToArray();
        var mean = returns.Length > 0 ? returns.Average() : double.NaN;
        var strength = closes.Keys.ToDictionary(s => s, s => Math.Log(Close(s, t) / Close(s, t - 24 * stepMs)));
        var valid = strength.Values.Where(v => !double.IsNaN(v)).ToArray();
        var mine = strength[target];
        var rank = double.IsNaN(mine) || valid.Length < 2 ? double.NaN
            : (valid.Count(v => v < mine) + (valid.Count(v => v == mine) - 1) / 2.0) / (valid.Length - 1);
        return new Dictionary<string, double>
        {
            ["corr_btc_168"] = corr,
            ["beta_btc_168"] = beta,
            ["corr_universe_168"] = Pair(Y, IndexReturn, t).Corr,
            ["corr_btc_lag1_168"] = Pair(Y, u => Btc(u - stepMs), t).Corr,
            ["rs_rank_24"] = rank,
            ["breadth_50"] = Breadth(t),
            ["dispersion"] = returns.Length >= 2 ? Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)) / returns.Length) : double.NaN,
            ["universe_n"] = returns.Length,
            ["btc_ret_lag_1"] = Btc(t - stepMs),
            ["btc_ret_lag_2"] = Btc(t - 2 * stepMs),
            ["btc_ret_lag_3"] = Btc(t - 3 * stepMs),
        };
    }
}
