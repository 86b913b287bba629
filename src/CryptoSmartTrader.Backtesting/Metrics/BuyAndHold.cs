using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Backtesting.Metrics;

/// <summary>
/// The benchmark: the same universe bought in equal shares of the initial equity, without costs, each symbol at the
/// close of its first bar closing at or after the start (cash until then) and held to the end. At each time a symbol is
/// valued at its last close known then (the last traded price, as the portfolio is marked); nothing is interpolated.
/// </summary>
public static class BuyAndHold
{
    public static IReadOnlyList<EquityPoint> Curve(IReadOnlyList<CandleSeries> universe, IReadOnlyList<DateTimeOffset> times, decimal initialEquity)
    {
        if (universe.Count == 0 || times.Count == 0) return [];
        var share = initialEquity / universe.Count;
        var firstIndex = new int[universe.Count];
        for (var s = 0; s < universe.Count; s++)
        {
            // Index of the first bar closing at or after the start (Count when none does).
            firstIndex[s] = universe[s].IndexOfLastClosedAt(times[0].AddTicks(-1)) + 1;
        }

        var curve = new EquityPoint[times.Count];
        // Times ascend, so each series' last closed bar only moves forward: a cursor per series instead of a binary search per point.
        var cursor = new int[universe.Count];
        for (var s = 0; s < universe.Count; s++) cursor[s] = universe[s].IndexOfLastClosedAt(times[0]);
        for (var k = 0; k < times.Count; k++)
        {
            var t = times[k].ToUnixTimeMilliseconds();
            decimal equity = 0, gross = 0;
            for (var s = 0; s < universe.Count; s++)
            {
                var series = universe[s];
                var closes = series.CloseTimeMs;
                var i = cursor[s];
                if (k > 0 && times[k] < times[k - 1]) i = series.IndexOfLastClosedAt(times[k]);
                while (i + 1 < closes.Length && closes[i + 1] <= t) i++;
                cursor[s] = i;
                if (firstIndex[s] >= series.Count || i < firstIndex[s])
                {
                    equity += share;
                    continue;
                }

                var value = share * (decimal)(series.Close[i] / series.Close[firstIndex[s]]);
                equity += value;
                gross += value;
            }

            curve[k] = new EquityPoint(times[k], equity, gross, gross);
        }

        return curve;
    }
}
