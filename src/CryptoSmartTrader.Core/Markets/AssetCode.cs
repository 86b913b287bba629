namespace CryptoSmartTrader.Core.Markets;

/// <summary>Normalises asset codes across venues (Kraken's XBT/XDG, legacy X/Z prefixes handled in <see cref="NativeSymbols"/>).</summary>
public static class AssetCode
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["XBT"] = "BTC",
        ["XDG"] = "DOGE",
    };

    public static bool TryNormalize(string? asset, out string normalized)
    {
        normalized = string.Empty;
        if (string.IsNullOrWhiteSpace(asset) || asset.Length > 20)
        {
            return false;
        }

        var upper = asset.Trim().ToUpperInvariant();
        foreach (var c in upper)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        normalized = Aliases.TryGetValue(upper, out var alias) ? alias : upper;
        return true;
    }

    public static string Normalize(string asset) =>
        TryNormalize(asset, out var n) ? n : throw new ArgumentException($"asset: expected letters and digits, got '{asset}'", nameof(asset));
}
