namespace CryptoSmartTrader.Models.CrossSection;

/// <summary>
/// Vectorised research backtest of a ranked book: every <c>RebalanceBars</c> rows the symbols with a score (members at
/// that row) are ranked, the book is rebuilt (with the hold band), and each position earns its simple forward return to the
/// next rebalance. Costs are (fee + slippage) × traded notional, where traded notional is Σ|w_new − w_old| against the
/// previous targets (weight drift inside a period is ignored: a slight understatement of turnover). The scores must be
/// known at the rebalance row; the forward returns are the realised outcome.
/// </summary>
public static class TopKPortfolio
{
    public static TopKResult Run(double[][] score, double[][] forward, IReadOnlyList<long> closeTimeMs, int fromRow, int toRow, TopKOptions options,
        double[][]? volatility = null)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(forward);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (options.VolatilityScaled && volatility is null)
        {
            throw new ArgumentException("top-k: a volatility-scaled book needs the volatility matrix", nameof(volatility));
        }
        var n = score.Length;
        var weights = new double[n];
        var next = new double[n];
        var starts = new List<long>();
        var net = new List<double>();
        var gross = new List<double>();
        var turnover = new List<double>();
        var missing = 0;
        var cost = options.FeeRate + options.SlippageRate;
        var ranked = new List<int>(n);
        for (var t = fromRow; t < toRow; t += options.RebalanceBars)
        {
            ranked.Clear();
            for (var i = 0; i < n; i++) if (!double.IsNaN(score[i][t])) ranked.Add(i);
            if (ranked.Count == 0) continue;
            ranked.Sort((a, b) => score[b][t].CompareTo(score[a][t])); // best first
            Array.Clear(next);
            switch (options.Mode)
            {
                case PortfolioMode.EqualWeight:
                    foreach (var i in ranked) next[i] = 1.0 / ranked.Count;
                    break;
                case PortfolioMode.LongOnly:
                    Assign(Pick(ranked, weights, options.K, options.HoldBand, longSide: true), 1.0, next, options.VolatilityScaled ? volatility : null, t);
                    break;
                default:
                    var k = Math.Min(options.K, ranked.Count / 2);
                    if (k == 0) continue;
                    var longs = Pick(ranked, weights, k, options.HoldBand, longSide: true);
                    Assign(longs, 0.5, next, options.VolatilityScaled ? volatility : null, t);
                    var reversed = Enumerable.Reverse(ranked).Where(i => !longs.Contains(i)).ToList();
                    Assign(Pick(reversed, weights, k, options.HoldBand, longSide: false), -0.5, next, options.VolatilityScaled ? volatility : null, t);
                    break;
            }

            double traded = 0, periodGross = 0;
            for (var i = 0; i < n; i++)
            {
                traded += Math.Abs(next[i] - weights[i]);
                if (next[i] == 0) continue;
                var f = forward[i][t];
                if (double.IsNaN(f)) { missing++; continue; }
                periodGross += next[i] * (Math.Exp(f) - 1);
            }

            Array.Copy(next, weights, n);
            starts.Add(closeTimeMs[t]);
            gross.Add(periodGross);
            net.Add(periodGross - traded * cost);
            turnover.Add(traded);
        }

        return new TopKResult([.. starts], [.. net], [.. gross], [.. turnover], missing, options.BarsPerYear / options.RebalanceBars);
    }

    /// <summary>Spreads a side's signed budget over its names: equally, or in proportion to 1 / volatility at row t (a name without a volatility gets an equal share of the scale).</summary>
    internal static void Assign(List<int> names, double budget, double[] weights, double[][]? volatility, int t)
    {
        if (names.Count == 0) return;
        var inv = names.Select(i => volatility is not null && volatility[i][t] > 0 ? 1 / volatility[i][t] : double.NaN).ToArray();
        var fallback = inv.Any(double.IsFinite) ? inv.Where(double.IsFinite).Average() : 1;
        for (var k = 0; k < inv.Length; k++) if (!double.IsFinite(inv[k])) inv[k] = fallback;
        var total = inv.Sum();
        for (var k = 0; k < names.Count; k++) weights[names[k]] = budget * inv[k] / total;
    }

    /// <summary>
    /// The k names of one side: currently held names (same sign) whose position in <paramref name="order"/> is within
    /// k + band keep their place; the rest of the side is filled from the top of the order.
    /// </summary>
    internal static List<int> Pick(List<int> order, double[] held, int k, int band, bool longSide)
    {
        var chosen = new List<int>(k);
        var limit = Math.Min(order.Count, k + band);
        for (var p = 0; p < limit && chosen.Count < k; p++)
        {
            var i = order[p];
            if (longSide ? held[i] > 0 : held[i] < 0) chosen.Add(i);
        }

        for (var p = 0; p < order.Count && chosen.Count < k; p++)
        {
            if (!chosen.Contains(order[p])) chosen.Add(order[p]);
        }

        return chosen;
    }
}
