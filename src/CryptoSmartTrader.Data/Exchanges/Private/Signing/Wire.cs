using System.Globalization;

namespace CryptoSmartTrader.Data.Exchanges.Private.Signing;

/// <summary>Formatting shared by the venue request builders.</summary>
internal static class Wire
{
    /// <summary>Plain decimal without exponent or trailing zeros, invariant culture (venues reject "1.50000000000" on some endpoints).</summary>
    public static string Dec(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Inv(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Form(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));

    /// <summary>Asset code in the project's normal form (upper case, XBT as BTC); venue-specific names that do not normalise are kept.</summary>
    public static string Asset(string venueAsset) => Core.Markets.AssetCode.TryNormalize(venueAsset, out var n) ? n : venueAsset;

    public static KeyValuePair<string, string> P(string name, string value) => new(name, value);

    /// <summary>A client order id the venue accepts: 1..max characters from letters, digits and the extra set.</summary>
    public static bool IsValidClientId(string id, int max, string extra) =>
        id.Length is > 0 && id.Length <= max && id.All(c => char.IsAsciiLetterOrDigit(c) || extra.Contains(c));
}
