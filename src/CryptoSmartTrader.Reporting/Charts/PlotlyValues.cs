using System.Globalization;
using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>
/// Converts typed values into the JSON arrays plotly.js expects. Times become UTC date strings (plotly has no time zones);
/// non-finite numbers become <c>null</c> so plotly draws a gap instead of a misleading value.
/// </summary>
public static class PlotlyValues
{
    public static JsonArray Times(IEnumerable<DateTimeOffset> times) => new([.. times.Select(t => (JsonNode?)JsonValue.Create(Time(t)))]);

    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static JsonArray Numbers(IEnumerable<double> values) => new([.. values.Select(Number)]);

    public static JsonArray Numbers(IEnumerable<double?> values) => new([.. values.Select(v => v is { } d ? Number(d) : null)]);

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    public static JsonArray Matrix(IEnumerable<IEnumerable<double?>> rows) => new([.. rows.Select(r => (JsonNode?)Numbers(r))]);

    public static JsonArray StringMatrix(IEnumerable<IEnumerable<string>> rows) => new([.. rows.Select(r => (JsonNode?)Strings(r))]);

    public static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;
}
