using System.Text.Json.Nodes;
using Plotly.NET;

namespace CryptoSmartTrader.Reporting.Html;

/// <summary>
/// An interactive chart: any Plotly.NET chart (the library's or a quant's own). <see cref="FigureJson"/> is plotly's figure
/// <c>{"data":[…],"layout":{…}}</c>, the payload of the <c>application/vnd.plotly.v1+json</c> MIME type; it never carries plotly.js.
/// </summary>
public sealed record ChartOutput(GenericChart Chart) : ReportOutput
{
    private string? _figureJson;

    /// <summary>The figure as JSON (computed once: the chart is treated as final once displayed).</summary>
    public string FigureJson => _figureJson ??= GenericChart.toFigureJson(Chart);

    /// <summary>A one-line plain-text stand-in for front ends that cannot draw the chart: title and trace types.</summary>
    public string Description
    {
        get
        {
            var figure = JsonNode.Parse(FigureJson);
            var types = (figure?["data"] as JsonArray ?? []).Select(t => t?["type"]?.GetValue<string>() ?? "trace").ToList();
            var title = figure?["layout"]?["title"]?["text"]?.GetValue<string>();
            var kinds = string.Join(", ", types.Distinct());
            return $"<plotly chart{(title is null ? "" : $" '{title}'")}: {types.Count} trace{(types.Count == 1 ? "" : "s")} ({kinds})>";
        }
    }
}
