using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.CrossCoin;

namespace CryptoSmartTrader.Features.CrossSection;

/// <summary>
/// A <see cref="CrossSectionPanel"/> (closes on one grid) plus each symbol's highs and quote turnover (close × base
/// volume) on the same grid, and point-in-time universe membership. Missing bars stay NaN.
/// </summary>
public sealed class UniversePanel
{
    private UniversePanel(CrossSectionPanel closes, double[][] high, double[][] turnover, bool[][] member)
    {
        Closes = closes;
        High = high;
        Turnover = turnover;
        Member = member;
    }

    public CrossSectionPanel Closes { get; }
    public IReadOnlyList<Symbol> Symbols => Closes.Symbols;
    public int Rows => Closes.Rows;

    /// <summary><c>High[symbol][row]</c>, NaN where the symbol has no bar.</summary>
    public IReadOnlyList<double[]> High { get; }

    /// <summary><c>Turnover[symbol][row]</c> = close × base volume (quote currency), NaN where the symbol has no bar.</summary>
    public IReadOnlyList<double[]> Turnover { get; }

    /// <summary>
    /// <c>Member[symbol][row]</c>: the symbol has a bar at the row and its first bar is at least the warm-up earlier.
    /// Uses nothing after the row, so it is point-in-time; a symbol that stops trading stops being a member.
    /// </summary>
    public IReadOnlyList<bool[]> Member { get; }

    public int MembersAt(int row)
    {
        var n = 0;
        for (var i = 0; i < Member.Count; i++) if (Member[i][row]) n++;
        return n;
    }

    /// <summary>
    /// <paramref name="tradedBefore"/> (one flag per series, optional) marks series cut from a longer history: a symbol
    /// that traded before the panel's first row counts as warmed up from its first bar here. Only a trailing window of at
    /// least <paramref name="warmUpBars"/> + 1 rows gives the full history's membership at its last row (a streaming strategy).
    /// </summary>
    public static UniversePanel Create(IReadOnlyList<CandleSeries> series, int warmUpBars, IReadOnlyList<bool>? tradedBefore = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(warmUpBars);
        var closes = CrossSectionPanel.Create(series);
        var rows = closes.Rows;
        var high = new double[series.Count][];
        var turnover = new double[series.Count][];
        var member = new bool[series.Count][];
        for (var i = 0; i < series.Count; i++)
        {
            high[i] = new double[rows];
            turnover[i] = new double[rows];
            Array.Fill(high[i], double.NaN);
            Array.Fill(turnover[i], double.NaN);
            var s = series[i];
            var times = s.CloseTimeMs;
            var h = s.High;
            var c = s.Close;
            var v = s.Volume;
            for (var b = 0; b < times.Length; b++)
            {
                var r = closes.RowOf(times[b]);
                high[i][r] = h[b];
                turnover[i][r] = c[b] * v[b];
            }

            member[i] = new bool[rows];
            var first = -1;
            var close = closes.Close[i];
            for (var r = 0; r < rows; r++)
            {
                if (double.IsNaN(close[r])) continue;
                if (first < 0) first = r;
                member[i][r] = r - first >= warmUpBars || (tradedBefore is not null && tradedBefore[i]);
            }
        }

        return new UniversePanel(closes, high, turnover, member);
    }
}
