using System.Globalization;
using System.Text.Json;

namespace CryptoSmartTrader.Data.Exchanges.Json;

/// <summary>
/// Strict readers for venue JSON. Every failure names the JSON path and what was expected, so a malformed payload
/// produces "result.XXBTZUSD[3][4]: expected a decimal number, got True" instead of a bare exception.
/// </summary>
internal static class JsonFields
{
    public static JsonElement Prop(JsonElement obj, string name, string path)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            throw new PayloadException($"{path}: expected an object, got {Describe(obj)}");
        }

        return obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new PayloadException($"{Join(path, name)}: missing field");
    }

    public static JsonElement? OptionalProp(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    public static JsonElement Array(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Array ? element : throw new PayloadException($"{path}: expected an array, got {Describe(element)}");

    public static JsonElement Object(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Object ? element : throw new PayloadException($"{path}: expected an object, got {Describe(element)}");

    public static JsonElement Index(JsonElement array, int index, string path)
    {
        Array(array, path);
        return index < array.GetArrayLength()
            ? array[index]
            : throw new PayloadException($"{path}: expected at least {index + 1} elements, got {array.GetArrayLength()}");
    }

    /// <summary>A number written as a JSON number or as a numeric string (venues use both).</summary>
    public static decimal Decimal(JsonElement e, string path)
    {
        if (e.ValueKind == JsonValueKind.Number && e.TryGetDecimal(out var d))
        {
            return d;
        }

        if (e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out var dbl) && double.IsFinite(dbl) && Math.Abs(dbl) < 7.9e28)
        {
            return (decimal)dbl;
        }

        if (e.ValueKind == JsonValueKind.String &&
            decimal.TryParse(e.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var s))
        {
            return s;
        }

        throw new PayloadException($"{path}: expected a decimal number, got {Describe(e)}");
    }

    public static decimal Decimal(JsonElement obj, string name, string path) => Decimal(Prop(obj, name, path), Join(path, name));

    public static long Long(JsonElement e, string path)
    {
        if (e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out var l))
        {
            return l;
        }

        if (e.ValueKind == JsonValueKind.String && long.TryParse(e.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s))
        {
            return s;
        }

        throw new PayloadException($"{path}: expected an integer, got {Describe(e)}");
    }

    public static long Long(JsonElement obj, string name, string path) => Long(Prop(obj, name, path), Join(path, name));

    public static string String(JsonElement e, string path) =>
        e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new PayloadException($"{path}: expected a string, got {Describe(e)}");

    public static string String(JsonElement obj, string name, string path) => String(Prop(obj, name, path), Join(path, name));

    /// <summary>An id that venues send as either a number or a string.</summary>
    public static string Id(JsonElement e, string path) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString()!,
        JsonValueKind.Number => e.GetRawText(),
        _ => throw new PayloadException($"{path}: expected an id (string or number), got {Describe(e)}"),
    };

    public static bool Bool(JsonElement e, string path) => e.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new PayloadException($"{path}: expected true or false, got {Describe(e)}"),
    };

    public static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    public static string Describe(JsonElement e)
    {
        var raw = e.GetRawText();
        return $"{e.ValueKind} {(raw.Length > 40 ? raw[..40] + "…" : raw)}";
    }
}
