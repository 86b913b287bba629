using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Features.CrossSection;

namespace CryptoSmartTrader.Models.CrossSection;

/// <summary>
/// Cross-sectional labels on a <see cref="UniversePanel"/>, by the same rules as <see cref="Labels.ForwardReturns"/>: the
/// forward log return from the close at t to the close exactly one horizon later; a missing end bar makes it missing
/// (never interpolated). Only symbols that are universe members at t get a label, and the relative transform uses only
/// those members with a realised forward return (a symbol that stops trading inside the horizon drops out of that row).
/// A label at t ends at t + horizon: walk-forward purging must treat it so (see <see cref="CrossSectionalWalkForward"/>).
/// </summary>
public static class CrossSectionalTargets
{
    /// <summary><c>result[symbol][row]</c> = ln(close[row + h] / close[row]) for members at row, else NaN.</summary>
    public static double[][] ForwardReturns(UniversePanel panel, Horizon horizon)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var bars = HorizonBars(panel, horizon);
        var result = new double[panel.Symbols.Count][];
        for (var i = 0; i < result.Length; i++)
        {
            var close = panel.Closes.Close[i];
            var member = panel.Member[i];
            var r = result[i] = new double[panel.Rows];
            for (var t = 0; t < r.Length; t++)
            {
                r[t] = member[t] && t + bars < r.Length ? Math.Log(close[t + bars] / close[t]) : double.NaN;
            }
        }

        return result;
    }

    /// <summary>
    /// Relative targets <c>result[symbol][row]</c>. <paramref name="beta"/> (<c>[symbol][row]</c>, known at the row) and
    /// <paramref name="benchmarkIndex"/> are needed for <see cref="CrossSectionalTargetKind.BetaAdjusted"/> only.
    /// </summary>
    public static double[][] Relative(double[][] forward, CrossSectionalTargetKind kind, int minMembers = 4,
        double[][]? beta = null, int benchmarkIndex = -1)
    {
        ArgumentNullException.ThrowIfNull(forward);
        if (kind == CrossSectionalTargetKind.BetaAdjusted && (beta is null || benchmarkIndex < 0))
        {
            throw new ArgumentException("cross-sectional targets: beta-adjusted targets need the betas and the benchmark's index");
        }

        var n = forward.Length;
        var rows = n == 0 ? 0 : forward[0].Length;
        var result = new double[n][];
        for (var i = 0; i < n; i++) result[i] = new double[rows];
        var values = new double[n];
        var outRow = new double[n];
        for (var t = 0; t < rows; t++)
        {
            for (var i = 0; i < n; i++) values[i] = forward[i][t];
            switch (kind)
            {
                case CrossSectionalTargetKind.Demeaned:
                    CrossSectionalTransform.Demean(values, outRow, minMembers);
                    break;
                case CrossSectionalTargetKind.Rank:
                    CrossSectionalTransform.Ranks(values, outRow, minMembers);
                    for (var i = 0; i < n; i++) outRow[i] -= 0.5;
                    break;
                default:
                    var count = 0;
                    for (var i = 0; i < n; i++) if (!double.IsNaN(values[i])) count++;
                    var bench = forward[benchmarkIndex][t];
                    for (var i = 0; i < n; i++)
                    {
                        outRow[i] = count < minMembers ? double.NaN : i == benchmarkIndex ? 0 * values[i] : values[i] - beta![i][t] * bench;
                    }

                    break;
            }

            for (var i = 0; i < n; i++) result[i][t] = outRow[i];
        }

        return result;
    }

    /// <summary>Bars per horizon on the panel's grid; a horizon that is not a whole number of bars is an error.</summary>
    public static int HorizonBars(UniversePanel panel, Horizon horizon)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var step = panel.Closes.Timeframe.DurationMs;
        var ms = (long)horizon.Duration.TotalMilliseconds;
        if (ms <= 0 || ms % step != 0)
        {
            throw new ArgumentException($"cross-sectional targets: horizon {horizon} is not a whole number of {panel.Closes.Timeframe} bars");
        }

        return checked((int)(ms / step));
    }
}
