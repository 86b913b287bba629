using System.Text.Json.Nodes;
using CryptoSmartTrader.Reporting.Charts;

namespace CryptoSmartTrader.Reporting.Tests.Charts;

/// <summary>Reads a figure back from its JSON text, so tests check exactly what plotly.js will receive.</summary>
internal static class FigureJson
{
    public static JsonObject Parse(PlotlyFigure figure) => (JsonObject)JsonNode.Parse(figure.ToJson())!;

    public static JsonArray Data(PlotlyFigure figure) => Parse(figure)["data"]!.AsArray();

    public static JsonObject Layout(PlotlyFigure figure) => Parse(figure)["layout"]!.AsObject();

    public static JsonObject Trace(PlotlyFigure figure, string name) =>
        Data(figure).Single(t => t!["name"]?.GetValue<string>() == name)!.AsObject();

    public static double?[] Numbers(JsonNode? array) => [.. array!.AsArray().Select(v => v is null ? (double?)null : v.GetValue<double>())];

    public static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(v => v!.GetValue<string>())];
}
