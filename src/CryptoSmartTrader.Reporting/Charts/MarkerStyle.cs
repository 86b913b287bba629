using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>plotly <c>marker</c> attributes. <see cref="Colors"/> (one per point) wins over <see cref="Color"/>.</summary>
public sealed record MarkerStyle(string? Color = null, double? Size = null, string? Symbol = null, IReadOnlyList<string>? Colors = null)
{
    public LineStyle? Line { get; init; }

    public JsonObject ToJson()
    {
        var o = new JsonObject();
        if (Colors is not null)
        {
            o["color"] = PlotlyValues.Strings(Colors);
        }
        else
        {
            Json.Set(o, "color", Color);
        }

        Json.Set(o, "size", Size);
        Json.Set(o, "symbol", Symbol);
        Json.Set(o, "line", Line?.ToJson());
        return o;
    }
}
