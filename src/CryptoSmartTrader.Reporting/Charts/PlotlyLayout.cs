using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>The figure layout: title, size, axes by plotly key (<c>xaxis</c>, <c>yaxis2</c>…), shapes, legend.</summary>
public sealed class PlotlyLayout
{
    public string? Title { get; set; }
    public int? Height { get; set; }
    public bool? ShowLegend { get; set; }

    /// <summary><c>x unified</c> shows one hover box for all traces at an x value.</summary>
    public string? HoverMode { get; set; } = "x unified";

    public Dictionary<string, PlotlyAxis> Axes { get; } = new(StringComparer.Ordinal);
    public List<PlotlyShape> Shapes { get; } = [];
    public JsonObject Extra { get; } = [];

    /// <summary>Sets an axis by its layout key (<c>xaxis</c>, <c>yaxis</c>, <c>yaxis2</c>…).</summary>
    public PlotlyLayout Axis(string key, PlotlyAxis axis)
    {
        if (!key.StartsWith("xaxis", StringComparison.Ordinal) && !key.StartsWith("yaxis", StringComparison.Ordinal))
        {
            throw new ArgumentException($"layout axis key must be xaxis, xaxis2, yaxis, yaxis2…, got '{key}'", nameof(key));
        }

        Axes[key] = axis;
        return this;
    }

    public JsonObject ToJson()
    {
        var o = new JsonObject();
        if (Title is not null) o["title"] = new JsonObject { ["text"] = Title };
        Json.Set(o, "height", Height);
        Json.Set(o, "showlegend", ShowLegend);
        Json.Set(o, "hovermode", HoverMode);
        o["margin"] = new JsonObject { ["l"] = 60, ["r"] = 30, ["t"] = Title is null ? 30 : 60, ["b"] = 40 };
        o["legend"] = new JsonObject { ["orientation"] = "h", ["y"] = -0.12 };
        foreach (var (key, axis) in Axes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            o[key] = axis.ToJson();
        }

        if (Shapes.Count > 0)
        {
            o["shapes"] = new JsonArray([.. Shapes.Select(s => (JsonNode?)s.ToJson())]);
        }

        Json.Merge(o, Extra);
        return o;
    }
}
