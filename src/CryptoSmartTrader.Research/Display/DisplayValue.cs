using System.Globalization;

namespace CryptoSmartTrader.Research.Display;

/// <summary>How cells read in every display table: ISO 8601 UTC times, invariant numbers, NaN kept visible (it means missing or warm-up).</summary>
public static class DisplayValue
{
    public static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Time(DateTime t) => (t.Kind == DateTimeKind.Local ? t.ToUniversalTime() : t).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string TimeMs(long unixMs) => Time(DateTimeOffset.FromUnixTimeMilliseconds(unixMs));

    public static string Number(double v) => double.IsNaN(v) ? "NaN" : v.ToString("0.######", CultureInfo.InvariantCulture);

    public static string Number(double? v) => v is { } d ? Number(d) : "-";

    public static string Number(decimal v) => v.ToString("0.########", CultureInfo.InvariantCulture);

    public static string Percent(double? v) => v is { } d && double.IsFinite(d) ? (d * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%" : "-";

    public static string Count(long v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>Any cell value (Deedle frames hold boxed values).</summary>
    public static string Of(object? value) => value switch
    {
        null => "<missing>",
        DateTimeOffset t => Time(t),
        DateTime t => Time(t),
        double d => Number(d),
        float f => Number(f),
        decimal m => Number(m),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
