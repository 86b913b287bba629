using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Models.Datasets;

/// <summary>Which bars can end a sequence window: its bars must follow each other without a gap and all be defined.</summary>
internal static class SequenceRuns
{
    /// <summary>
    /// For each bar, how many consecutive bars ending at it are defined (every column finite, and the lag return when
    /// given) with no missing bar between them; 0 when the bar itself is undefined. A window of L bars ending at i is
    /// usable exactly when the value at i is at least L.
    /// </summary>
    public static int[] Lengths(CandleSeries series, double[][] columns, double[]? lag)
    {
        var open = series.OpenTimeMs;
        var close = series.CloseTimeMs;
        var run = new int[series.Count];
        for (var i = 0; i < run.Length; i++)
        {
            var defined = lag is null || double.IsFinite(lag[i]);
            for (var c = 0; defined && c < columns.Length; c++)
            {
                defined = double.IsFinite(columns[c][i]);
            }

            // A bar follows the previous one without a gap exactly when it opens where that one closed.
            run[i] = !defined ? 0 : i > 0 && run[i - 1] > 0 && open[i] == close[i - 1] ? run[i - 1] + 1 : 1;
        }

        return run;
    }
}
