using System.Text.Json.Nodes;
using Plotly.NET;

namespace CryptoSmartTrader.Reporting.Tests.Charts;

/// <summary>Reads a Plotly.NET chart back from its figure JSON text, so tests check exactly what plotly.js will receive.</summary>
internal static class FigureJson
{
    public static JsonObject Parse(GenericChart figure) => (JsonObject)JsonNode.Parse(GenericChart.toFigureJson(figure))!;

    public static JsonArray Data(GenericChart figure) => Parse(figure)["data"]!.AsArray();

    public static JsonObject Layout(GenericChart figure) => Parse(figure)["layout"]!.AsObject();

    public static JsonObject Trace(GenericChart figure, string name) =>
        Data(figure).Single(t => t!["name"]?.GetValue<string>() == name)!.AsObject();

    public static double?[] Numbers(JsonNode? array) => [.. array!.AsArray().Select(v => v is null ? (double?)null : v.GetValue<double>())];

    public static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(v => v!.GetValue<string>())];
}
