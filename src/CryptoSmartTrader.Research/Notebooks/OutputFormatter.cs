using System.Collections;
using System.Globalization;
using CryptoSmartTrader.Reporting.Charts;
using CryptoSmartTrader.Reporting.Html;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>Turns a displayed value into a report output: charts and HTML keep their rich form, everything else becomes text.</summary>
internal static class OutputFormatter
{
    private const int MaxItems = 50;

    public static ReportOutput Format(object? value) => value switch
    {
        null => new TextOutput("<null>"),
        PlotlyFigure f => new ChartOutput(f),
        HtmlContent h => new HtmlOutput(h.Html),
        ReportOutput o => o,
        string s => new TextOutput(s),
        IFormattable f => new TextOutput(f.ToString(null, CultureInfo.InvariantCulture)),
        IEnumerable e => new TextOutput(FormatSequence(e)),
        _ => new TextOutput(value.ToString() ?? value.GetType().Name),
    };

    private static string FormatSequence(IEnumerable sequence)
    {
        var items = new List<string>();
        var total = 0;
        foreach (var item in sequence)
        {
            if (total++ < MaxItems)
            {
                items.Add(item is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : item?.ToString() ?? "<null>");
            }
        }

        var more = total > MaxItems ? $", … ({total} items)" : string.Empty;
        return $"[{string.Join(", ", items)}{more}]";
    }
}
