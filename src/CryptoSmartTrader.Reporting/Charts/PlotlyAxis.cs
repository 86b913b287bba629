using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>A layout axis (<c>xaxis</c>, <c>yaxis2</c>…). <see cref="Domain"/> is the fraction of the plot area it spans.</summary>
public sealed class PlotlyAxis
{
    public string? Title { get; init; }

    /// <summary><c>date</c>, <c>linear</c>, <c>log</c>, <c>category</c>.</summary>
    public string? Type { get; init; }

    public (double From, double To)? Domain { get; init; }
    public (double From, double To)? Range { get; init; }

    /// <summary>The axis this one is drawn against, e.g. <c>x</c> for a y axis.</summary>
    public string? Anchor { get; init; }

    /// <summary>Links zoom/pan with another axis, e.g. <c>x</c>.</summary>
    public string? Matches { get; init; }

    public string? TickFormat { get; init; }

    /// <summary><c>reversed</c> flips the axis (used for heatmap rows).</summary>
    public string? AutoRange { get; init; }

    public bool? ShowGrid { get; init; }
    public bool? RangeSliderVisible { get; init; }
    public bool? ShowTickLabels { get; init; }
    public JsonObject Extra { get; } = [];

    public JsonObject ToJson()
    {
        var o = new JsonObject();
        if (Title is not null) o["title"] = new JsonObject { ["text"] = Title };
        Json.Set(o, "type", Type);
        if (Domain is { } d) o["domain"] = new JsonArray(d.From, d.To);
        if (Range is { } r) o["range"] = new JsonArray(r.From, r.To);
        Json.Set(o, "anchor", Anchor);
        Json.Set(o, "matches", Matches);
        Json.Set(o, "tickformat", TickFormat);
        Json.Set(o, "autorange", AutoRange);
        Json.Set(o, "showgrid", ShowGrid);
        Json.Set(o, "showticklabels", ShowTickLabels);
        if (RangeSliderVisible is { } v) o["rangeslider"] = new JsonObject { ["visible"] = v };
        Json.Merge(o, Extra);
        return o;
    }
}
