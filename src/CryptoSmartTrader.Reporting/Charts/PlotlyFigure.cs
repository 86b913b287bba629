using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Html;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>
/// A plotly.js figure (<c>{ data, layout }</c>) built from typed traces. Render it with
/// <see cref="Html.HtmlReportRenderer"/> (offline plotly.js) or display it from a notebook cell. As <see cref="IHtmlContent"/> it renders
/// itself (with plotly.js inlined once per page) wherever a host formats HTML content, e.g. VS Code Polyglot Notebooks.
/// </summary>
public sealed class PlotlyFigure : IHtmlContent
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };
    private readonly List<PlotlyTrace> _traces = [];

    public PlotlyFigure(string? title = null) => Layout.Title = title;

    public IReadOnlyList<PlotlyTrace> Traces => _traces;
    public PlotlyLayout Layout { get; } = new();

    public PlotlyFigure Add(PlotlyTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        _traces.Add(trace);
        return this;
    }

    public JsonObject ToJsonNode() => new()
    {
        ["data"] = new JsonArray([.. _traces.Select(t => (JsonNode?)t.ToJson())]),
        ["layout"] = Layout.ToJson(),
    };

    /// <summary>Compact JSON. The default encoder escapes &lt; and &gt;, so the text is safe inside an HTML script element.</summary>
    public string ToJson() => ToJsonNode().ToJsonString(Compact);

    public void WriteTo(TextWriter writer, HtmlEncoder encoder) => writer.Write(Html.PlotlyHtml.Fragment(this).Html);

    public override string ToString() => $"PlotlyFigure '{Layout.Title}' ({_traces.Count} traces)";
}
