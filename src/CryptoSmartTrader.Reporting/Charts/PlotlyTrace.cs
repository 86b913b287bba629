using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>
/// One plotly.js trace. Subclasses map typed properties to the plotly attribute names; <see cref="Extra"/> carries any attribute
/// the typed surface does not cover, so callers are never blocked by the builder.
/// </summary>
public abstract class PlotlyTrace
{
    protected PlotlyTrace(string type) => Type = type;

    public string Type { get; }
    public string? Name { get; init; }

    /// <summary>Axis ids such as <c>x</c>, <c>y2</c> (plotly's trace-side naming).</summary>
    public string? XAxis { get; init; }

    public string? YAxis { get; init; }
    public bool? ShowLegend { get; init; }
    public string? LegendGroup { get; init; }
    public string? HoverTemplate { get; init; }
    public double? Opacity { get; init; }
    public JsonObject Extra { get; } = [];

    public JsonObject ToJson()
    {
        var o = new JsonObject { ["type"] = Type };
        Json.Set(o, "name", Name);
        Json.Set(o, "xaxis", XAxis);
        Json.Set(o, "yaxis", YAxis);
        Json.Set(o, "showlegend", ShowLegend);
        Json.Set(o, "legendgroup", LegendGroup);
        Json.Set(o, "hovertemplate", HoverTemplate);
        Json.Set(o, "opacity", Opacity);
        WriteProperties(o);
        Json.Merge(o, Extra);
        return o;
    }

    protected abstract void WriteProperties(JsonObject target);
}
