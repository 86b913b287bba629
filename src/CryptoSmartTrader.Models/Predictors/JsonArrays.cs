using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Models.Predictors;

internal static class JsonArrays
{
    public static JsonArray ToJson(this IEnumerable<double> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    public static double[] ReadDoubles(this JsonObject obj, string name) =>
        (obj[name] as JsonArray ?? throw new FormatException($"saved model: missing array '{name}'")).Select(n => n!.GetValue<double>()).ToArray();

    /// <summary>A number whether the node was parsed from text or built in memory from an int (Save then Load without text).</summary>
    public static double ReadDouble(this JsonObject obj, string name)
    {
        var node = obj[name] as JsonValue ?? throw new FormatException($"saved model: missing number '{name}'");
        return node.TryGetValue<double>(out var d) ? d
            : node.TryGetValue<int>(out var i) ? i
            : node.TryGetValue<long>(out var l) ? l
            : throw new FormatException($"saved model: '{name}' is not a number");
    }

    public static string ReadString(this JsonObject obj, string name) =>
        (obj[name] ?? throw new FormatException($"saved model: missing string '{name}'")).GetValue<string>();
}
