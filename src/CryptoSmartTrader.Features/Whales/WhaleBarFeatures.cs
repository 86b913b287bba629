using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Features.Whales;

/// <summary>
/// Large-print flow per bar. A print belongs to the bar whose [open, close) contains its completion time (the last fill),
/// so a bar only sees prints completed before its close. Columns: buy and sell notional of large prints, signed net flow
/// (buy − sell), count of large prints, count of those in a burst. Bars with no large print get 0 (a measured zero, since
/// the tape covers them); bars outside the tape's time range are NaN (unknown).
/// </summary>
public static class WhaleBarFeatures
{
    public static readonly string[] Columns = ["whale_buy_notional", "whale_sell_notional", "whale_net_flow", "whale_count", "whale_burst_count"];

    public static double[][] Compute(IReadOnlyList<LargePrint> prints, CandleSeries bars, DateTimeOffset tapeStart, DateTimeOffset tapeEnd)
    {
        ArgumentNullException.ThrowIfNull(prints);
        ArgumentNullException.ThrowIfNull(bars);
        if (tapeEnd < tapeStart) throw new ArgumentException($"whales: tape end {tapeEnd:O} is before its start {tapeStart:O}", nameof(tapeEnd));
        var n = bars.Count;
        var cols = Columns.Select(_ => new double[n]).ToArray();
        var open = bars.OpenTimeMs;
        var close = bars.CloseTimeMs;
        var startMs = tapeStart.ToUnixTimeMilliseconds();
        var endMs = tapeEnd.ToUnixTimeMilliseconds();
        for (var b = 0; b < n; b++)
        {
            var covered = open[b] >= startMs && close[b] <= endMs + 1;
            foreach (var c in cols) c[b] = covered ? 0 : double.NaN;
        }

        foreach (var p in prints)
        {
            if (!p.IsLarge) continue;
            var t = p.Print.LastTime.ToUnixTimeMilliseconds();
            var b = bars.IndexOfLastClosedAt(p.Print.LastTime) + 1; // first bar closing after t
            if (b >= n || open[b] > t || double.IsNaN(cols[0][b])) continue;
            if (p.Print.Side == TakerSide.Buy) cols[0][b] += p.Print.Notional;
            if (p.Print.Side == TakerSide.Sell) cols[1][b] += p.Print.Notional;
            cols[2][b] = cols[0][b] - cols[1][b];
            cols[3][b] += 1;
            if (p.InBurst) cols[4][b] += 1;
        }

        return cols;
    }
}
