using System.Net;
using CryptoSmartTrader.Reporting.Html;
using CryptoSmartTrader.Research.Notebooks;
using Deedle;
using Plotly.NET;

namespace CryptoSmartTrader.Research.Display;

/// <summary>
/// The library's displays for notebook hosts that keep their own formatter registry, such as the deprecated .NET Interactive kernel:
/// its package extension (<c>interactive-extensions/dotnet/extension.dib</c> in the research package) registers <see cref="Html"/>
/// for each of <see cref="Types"/>, so charts, Deedle frames and the library's types show as they do in the project's kernel,
/// instead of that kernel's property tree (megabytes per frame).
/// </summary>
public static class InteractiveDisplay
{
    /// <summary>The types shown by <see cref="Html"/>: Plotly.NET charts, Deedle frames and series (open generic), data ranges, the library's own.</summary>
    public static IReadOnlyList<Type> Types => [typeof(GenericChart), typeof(Frame<,>), typeof(Series<,>), typeof(ReportDataRange), .. DisplayFormatters.Types];

    /// <summary>The value as notebook HTML, or null when the library has no rich display for it (the host then uses its own).</summary>
    public static string? Html(object? value) => value switch
    {
        null or string => null,
        GenericChart chart => NotebookChartHtml.Html(new ChartOutput(chart)),
        // The data a report cell used: one line, as the project's kernel prints it.
        ReportDataRange range => $"<div class=\"cst-data-range\">{WebUtility.HtmlEncode(range.ToString())}</div>",
        _ => OutputFormatter.Format(value) switch
        {
            HtmlOutput html => html.Html,
            ChartOutput chart => NotebookChartHtml.Html(chart),
            _ => null,
        },
    };
}
