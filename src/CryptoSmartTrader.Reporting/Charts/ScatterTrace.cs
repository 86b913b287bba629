using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>A <c>scatter</c> trace: lines, markers or filled bands.</summary>
public sealed class ScatterTrace : PlotlyTrace
{
    public ScatterTrace(JsonArray x, JsonArray y) : base("scatter")
    {
        if (x.Count != y.Count)
        {
            throw new ArgumentException($"scatter trace: x has {x.Count} points but y has {y.Count}; both must have the same length", nameof(y));
        }

        X = x;
        Y = y;
    }

    public JsonArray X { get; }
    public JsonArray Y { get; }

    /// <summary><c>lines</c>, <c>markers</c>, <c>lines+markers</c>, <c>text</c>…</summary>
    public string Mode { get; init; } = "lines";

    public LineStyle? Line { get; init; }
    public MarkerStyle? Marker { get; init; }

    /// <summary><c>tozeroy</c>, <c>tonexty</c>, <c>toself</c>…</summary>
    public string? Fill { get; init; }

    public string? FillColor { get; init; }
    public IReadOnlyList<string>? Text { get; init; }
    public bool? ConnectGaps { get; init; }

    protected override void WriteProperties(JsonObject target)
    {
        target["x"] = X.DeepClone();
        target["y"] = Y.DeepClone();
        target["mode"] = Mode;
        Json.Set(target, "line", Line?.ToJson());
        Json.Set(target, "marker", Marker?.ToJson());
        Json.Set(target, "fill", Fill);
        Json.Set(target, "fillcolor", FillColor);
        Json.Set(target, "text", Text is null ? null : PlotlyValues.Strings(Text));
        Json.Set(target, "connectgaps", ConnectGaps);
    }
}
