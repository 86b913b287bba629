using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Models.Predictors;

internal static class JsonArrays
{
    public static JsonArray ToJson(this IEnumerable<double> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    public static double[] ReadDoubles(this JsonObject obj, string name) =>
        (obj[name] as JsonArray ?? throw new FormatException($"saved model: missing array '{name}'")).Select(n => n!.GetValue<double>()).ToArray();

    public static double ReadDouble(this JsonObject obj, string name) =>
        (obj[name] ?? throw new FormatException($"saved model: missing number '{name}'")).GetValue<double>();

    public static string ReadString(this JsonObject obj, string name) =>
        (obj[name] ?? throw new FormatException($"saved model: missing string '{name}'")).GetValue<string>();
}
