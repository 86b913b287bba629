using System.Globalization;

namespace CryptoSmartTrader.Bot.Parity;

/// <summary>
/// Matches the bot's orders with the backtest's by (bar, symbol, side, n-th of that key) — client order ids differ
/// between runs on live data, so they cannot be the key — and attributes the price and quantity difference per order.
/// </summary>
internal static class ParityComparer
{
    public static ParityReport Compare(IReadOnlyList<ParityOrder> bot, IReadOnlyList<ParityOrder> backtest, DateTimeOffset checkedAt, DateTimeOffset lastClose,
        ParityOptions options, string? caveat = null)
    {
        var rows = new List<OrderParity>();
        var bps = new List<double>();
        var left = Keyed(backtest);
        int matched = 0, onlyBot = 0;
        var qtyMismatch = 0;
        foreach (var (key, b) in Keyed(bot))
        {
            if (!left.Remove(key, out var t))
            {
                onlyBot++;
                rows.Add(Row(b, null));
                continue;
            }

            matched++;
            var row = Row(b, t);
            rows.Add(row);
            if (row.SlippageBps is { } s) bps.Add(s);
            var scale = Math.Max(b.FilledQuantity, t.FilledQuantity);
            if (scale > 0 && Math.Abs(row.QuantityDifference) / scale > (decimal)options.QuantityTolerance) qtyMismatch++;
        }

        foreach (var t in left.Values) rows.Add(Row(null, t));
        rows.Sort((a, b) => a.Bar.CompareTo(b.Bar));
        var sig = ParityStatistics.Test(bps, options.Alpha);
        var onlyBacktest = left.Count;
        var reasons = new List<string>();
        if (onlyBot + onlyBacktest > 0) reasons.Add($"{onlyBot} orders only in the bot, {onlyBacktest} only in the backtest");
        if (qtyMismatch > 0) reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{qtyMismatch} matched orders filled a different quantity (relative difference over {options.QuantityTolerance:G3})"));
        if (sig.Significant && Math.Abs(sig.MeanBps) >= options.SlippageToleranceBps)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture,
                $"fills {(sig.MeanBps > 0 ? "worse" : "better")} than the backtest by {sig.MeanBps:F2} bps on average ({sig.Worse}/{sig.NonZero} worse, sign test p = {sig.SignTestPValue:G3})"));
        }

        var verdict = reasons.Count == 0 ? ParityReport.InParity : ParityReport.Drifting;
        var reason = reasons.Count > 0 ? string.Join("; ", reasons)
            : string.Create(CultureInfo.InvariantCulture, $"{matched} orders matched; mean slippage {sig.MeanBps:F2} bps (sign test p = {sig.SignTestPValue:G3})");
        if (caveat is not null) reason += "; " + caveat;
        return new ParityReport(checkedAt, lastClose, verdict, reason, bot.Count, backtest.Count, matched, onlyBot, onlyBacktest, sig, rows);
    }

    private static Dictionary<(DateTimeOffset, string, string, int), ParityOrder> Keyed(IReadOnlyList<ParityOrder> orders)
    {
        var seen = new Dictionary<(DateTimeOffset, string, string), int>();
        var keyed = new Dictionary<(DateTimeOffset, string, string, int), ParityOrder>();
        foreach (var o in orders)
        {
            var k = (o.Bar, o.Symbol, o.Side);
            var n = seen.GetValueOrDefault(k);
            seen[k] = n + 1;
            keyed[(o.Bar, o.Symbol, o.Side, n)] = o;
        }

        return keyed;
    }

    private static OrderParity Row(ParityOrder? bot, ParityOrder? bt)
    {
        var any = (bot ?? bt)!;
        double? bps = null;
        if (bot?.AveragePrice is { } p && bt?.AveragePrice is { } q)
        {
            var sign = any.Side == "Buy" ? 1 : -1;
            bps = (double)(sign * (p - q) / q) * 10_000;
        }

        return new OrderParity(any.Bar, any.Symbol, any.Side, bot?.ClientOrderId, bt?.ClientOrderId, bot?.AveragePrice, bt?.AveragePrice,
            bot?.FilledQuantity ?? 0, bt?.FilledQuantity ?? 0, bps, (bot?.FilledQuantity ?? 0) - (bt?.FilledQuantity ?? 0));
    }
}
