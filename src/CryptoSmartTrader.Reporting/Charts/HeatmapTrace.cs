using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>A <c>heatmap</c> trace. <c>z[row][column]</c>: rows follow <see cref="Y"/>, columns follow <see cref="X"/>.</summary>
public sealed class HeatmapTrace : PlotlyTrace
{
    public HeatmapTrace(JsonArray x, JsonArray y, JsonArray z) : base("heatmap")
    {
        if (z.Count != y.Count)
        {
            throw new ArgumentException($"heatmap trace: z has {z.Count} rows but y has {y.Count} labels", nameof(z));
        }

        for (var r = 0; r < z.Count; r++)
        {
            if (z[r] is not JsonArray row || row.Count != x.Count)
            {
                throw new ArgumentException($"heatmap trace: z row {r} must have {x.Count} values (one per x label)", nameof(z));
            }
        }

        X = x;
        Y = y;
        Z = z;
    }

    public JsonArray X { get; }
    public JsonArray Y { get; }
    public JsonArray Z { get; }

    /// <summary>A named plotly colour scale such as <c>RdBu</c> or <c>RdYlGn</c>.</summary>
    public string? ColorScale { get; init; }

    /// <summary>An explicit colour scale as (position 0..1, colour) stops; wins over <see cref="ColorScale"/>.</summary>
    public IReadOnlyList<(double Position, string Color)>? ColorStops { get; init; }

    public bool? ReverseScale { get; init; }
    public double? ZMin { get; init; }
    public double? ZMax { get; init; }
    public double? ZMid { get; init; }

    /// <summary>Per-cell labels drawn on the map (same shape as z).</summary>
    public JsonArray? Text { get; init; }

    public string? TextTemplate { get; init; }

    protected override void WriteProperties(JsonObject target)
    {
        target["x"] = X.DeepClone();
        target["y"] = Y.DeepClone();
        target["z"] = Z.DeepClone();
        if (ColorStops is not null)
        {
            target["colorscale"] = new JsonArray([.. ColorStops.Select(s => (JsonNode?)new JsonArray(s.Position, s.Color))]);
        }
        else
        {
            Json.Set(target, "colorscale", ColorScale);
        }

        Json.Set(target, "reversescale", ReverseScale);
        Json.Set(target, "zmin", ZMin);
        Json.Set(target, "zmax", ZMax);
        Json.Set(target, "zmid", ZMid);
        Json.Set(target, "text", Text);
        Json.Set(target, "texttemplate", TextTemplate);
        Json.Set(target, "hoverongaps", false);
    }
}
