using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>
/// A layout shape (<c>rect</c> or <c>line</c>). Coordinates are JSON values so times (strings) and numbers both fit;
/// <see cref="YRef"/> <c>paper</c> spans the whole plot height (used for regime shading).
/// </summary>
public sealed class PlotlyShape
{
    public string Type { get; init; } = "rect";
    public string XRef { get; init; } = "x";
    public string YRef { get; init; } = "paper";
    public required JsonNode X0 { get; init; }
    public required JsonNode X1 { get; init; }
    public JsonNode Y0 { get; init; } = 0;
    public JsonNode Y1 { get; init; } = 1;
    public string? FillColor { get; init; }
    public double? Opacity { get; init; }
    public LineStyle? Line { get; init; }

    /// <summary><c>below</c> draws under the traces.</summary>
    public string Layer { get; init; } = "below";

    /// <summary>Not a plotly attribute: used to label shaded spans in tests and hover legends.</summary>
    public string? Name { get; init; }

    public JsonObject ToJson()
    {
        var o = new JsonObject
        {
            ["type"] = Type,
            ["xref"] = XRef,
            ["yref"] = YRef,
            ["x0"] = X0.DeepClone(),
            ["x1"] = X1.DeepClone(),
            ["y0"] = Y0.DeepClone(),
            ["y1"] = Y1.DeepClone(),
            ["layer"] = Layer,
        };
        Json.Set(o, "fillcolor", FillColor);
        Json.Set(o, "opacity", Opacity);
        o["line"] = (Line ?? new LineStyle(Width: 0)).ToJson();
        Json.Set(o, "name", Name);
        return o;
    }
}
