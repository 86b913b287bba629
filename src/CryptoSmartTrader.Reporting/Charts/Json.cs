using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>Small helpers that keep the figure JSON free of nulls: plotly treats an explicit null differently from a missing key.</summary>
internal static class Json
{
    public static void Set(JsonObject o, string key, string? value)
    {
        if (value is not null) o[key] = value;
    }

    public static void Set(JsonObject o, string key, double? value)
    {
        if (value is { } v) o[key] = PlotlyValues.Number(v);
    }

    public static void Set(JsonObject o, string key, bool? value)
    {
        if (value is { } v) o[key] = v;
    }

    public static void Set(JsonObject o, string key, JsonNode? value)
    {
        if (value is not null) o[key] = value.Parent is null ? value : value.DeepClone();
    }

    public static void Merge(JsonObject target, JsonObject extra)
    {
        foreach (var (key, value) in extra)
        {
            target[key] = value?.DeepClone();
        }
    }
}
