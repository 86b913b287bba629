using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>plotly <c>line</c> attributes. <see cref="Dash"/> is e.g. <c>dash</c>, <c>dot</c>; <see cref="Shape"/> e.g. <c>hv</c> for steps.</summary>
public sealed record LineStyle(string? Color = null, double? Width = null, string? Dash = null, string? Shape = null)
{
    public JsonObject ToJson()
    {
        var o = new JsonObject();
        Json.Set(o, "color", Color);
        Json.Set(o, "width", Width);
        Json.Set(o, "dash", Dash);
        Json.Set(o, "shape", Shape);
        return o;
    }
}
