using System.Collections;
using System.Globalization;
using CryptoSmartTrader.Reporting.Html;
using CryptoSmartTrader.Research.Display;
using Plotly.NET;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>
/// Turns a displayed value into a report output: any Plotly.NET chart becomes a chart, the library's own types and Deedle frames
/// become tables (<see cref="DisplayFormatters"/>), HTML keeps its rich form, everything else becomes text (times as ISO UTC).
/// </summary>
internal static class OutputFormatter
{
    private const int MaxItems = 50;

    public static ReportOutput Format(object? value) => value switch
    {
        null => new TextOutput("<null>"),
        GenericChart chart => new ChartOutput(chart),
        HtmlContent h => new HtmlOutput(h.Html),
        ReportOutput o => o,
        string s => new TextOutput(s),
        _ when DisplayFormatters.TryFormat(value) is { } rich => rich,
        DateTimeOffset or DateTime => new TextOutput(DisplayValue.Of(value)),
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
                items.Add(item is null ? "<null>" : DisplayValue.Of(item));
            }
        }

        var more = total > MaxItems ? $", … ({total} items)" : string.Empty;
        return $"[{string.Join(", ", items)}{more}]";
    }
}
