using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>A <c>bar</c> trace; <see cref="Orientation"/> <c>h</c> draws horizontal bars (x holds the values).</summary>
public sealed class BarTrace : PlotlyTrace
{
    public BarTrace(JsonArray x, JsonArray y) : base("bar")
    {
        if (x.Count != y.Count)
        {
            throw new ArgumentException($"bar trace: x has {x.Count} points but y has {y.Count}; both must have the same length", nameof(y));
        }

        X = x;
        Y = y;
    }

    public JsonArray X { get; }
    public JsonArray Y { get; }
    public string? Orientation { get; init; }
    public MarkerStyle? Marker { get; init; }

    protected override void WriteProperties(JsonObject target)
    {
        target["x"] = X.DeepClone();
        target["y"] = Y.DeepClone();
        Json.Set(target, "orientation", Orientation);
        Json.Set(target, "marker", Marker?.ToJson());
    }
}
