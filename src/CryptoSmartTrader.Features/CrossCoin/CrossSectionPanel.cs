using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Features.CrossCoin;

/// <summary>
/// Closes of several symbols aligned on one regular grid of bar close times (one row per timeframe step from the earliest
/// to the latest close). A symbol without a bar at a row holds NaN there: nothing is filled or interpolated, and every
/// feature that needs that bar is missing too. Returns are log returns between consecutive rows, NaN unless both closes exist.
/// </summary>
public sealed class CrossSectionPanel
{
    private CrossSectionPanel(Timeframe timeframe, Symbol[] symbols, long[] closeMs, double[][] close)
    {
        Timeframe = timeframe;
        Symbols = symbols;
        CloseTimeMs = closeMs;
        Close = close;
        Returns = close.Select(LogReturns).ToArray();
    }

    public Timeframe Timeframe { get; }
    public IReadOnlyList<Symbol> Symbols { get; }
    public IReadOnlyList<long> CloseTimeMs { get; }
    public int Rows => CloseTimeMs.Count;

    /// <summary><c>Close[symbol][row]</c>, NaN where the symbol has no bar.</summary>
    public IReadOnlyList<double[]> Close { get; }

    /// <summary><c>Returns[symbol][row]</c> = ln(close[row] / close[row − 1]), NaN unless both exist.</summary>
    public IReadOnlyList<double[]> Returns { get; }

    public int IndexOf(Symbol symbol)
    {
        for (var i = 0; i < Symbols.Count; i++)
        {
            if (Symbols[i] == symbol) return i;
        }

        return -1;
    }

    /// <summary>The panel row of <paramref name="closeTimeMs"/>, or −1 when it is off the grid.</summary>
    public int RowOf(long closeTimeMs)
    {
        if (Rows == 0) return -1;
        var step = Timeframe.DurationMs;
        var offset = closeTimeMs - CloseTimeMs[0];
        return offset < 0 || offset % step != 0 || offset / step >= Rows ? -1 : (int)(offset / step);
    }

    public static CrossSectionPanel Create(IReadOnlyList<CandleSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0)
        {
            throw new ArgumentException("cross-section panel: expected at least one candle series, got none", nameof(series));
        }

        var tf = series[0].Timeframe;
        if (!tf.IsFixed)
        {
            throw new ArgumentException($"cross-section panel: timeframe {tf} has no fixed step; use 1m .. 1w", nameof(series));
        }

        foreach (var s in series)
        {
            if (s.Timeframe != tf)
                throw new ArgumentException($"cross-section panel: all series must share timeframe {tf}, {s.Symbol} is {s.Timeframe}", nameof(series));
        }

        var dup = series.GroupBy(s => s.Symbol).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null)
        {
            throw new ArgumentException($"cross-section panel: symbol {dup.Key} appears more than once", nameof(series));
        }

        var nonEmpty = series.Where(s => s.Count > 0).ToArray();
        if (nonEmpty.Length == 0)
        {
            return new CrossSectionPanel(tf, series.Select(s => s.Symbol).ToArray(), [], series.Select(_ => Array.Empty<double>()).ToArray());
        }

        var step = tf.DurationMs;
        var start = nonEmpty.Min(s => s.CloseTimeMs[0]);
        var end = nonEmpty.Max(s => s.CloseTimeMs[s.Count - 1]);
        var rows = checked((int)((end - start) / step) + 1);
        var grid = new long[rows];
        for (var r = 0; r < rows; r++) grid[r] = start + r * step;
        var close = new double[series.Count][];
        for (var i = 0; i < series.Count; i++)
        {
            close[i] = new double[rows];
            Array.Fill(close[i], double.NaN);
            var times = series[i].CloseTimeMs;
            var c = series[i].Close;
            for (var b = 0; b < times.Length; b++)
            {
                var offset = times[b] - start;
                if (offset % step != 0)
                {
                    throw new ArgumentException(
                        $"cross-section panel: {series[i].Symbol} bar closing at {DateTimeOffset.FromUnixTimeMilliseconds(times[b]):O} is off the {tf} grid starting {DateTimeOffset.FromUnixTimeMilliseconds(start):O}",
                        nameof(series));
                }

                close[i][offset / step] = c[b];
            }
        }

        return new CrossSectionPanel(tf, series.Select(s => s.Symbol).ToArray(), grid, close);
    }

    private static double[] LogReturns(double[] close)
    {
        var r = new double[close.Length];
        for (var t = 0; t < close.Length; t++)
        {
            r[t] = t > 0 ? Math.Log(close[t] / close[t - 1]) : double.NaN; // NaN propagates from a missing close
        }

        return r;
    }
}
