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
        if (IsCanonical(asset))
        {
            // Already upper-case letters and digits and not an alias (every fill normalises its fee asset): the same
            // string the general path below returns, without trimming, case mapping and a dictionary lookup.
            normalized = asset;
            return true;
        }

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

    // The first letters of the aliases: a code starting with another letter needs no alias lookup.
    private static readonly string AliasInitials = string.Concat(Aliases.Keys.Select(k => k[0]).Distinct());

    // 1-20 of A-Z and 0-9, and not an alias.
    private static bool IsCanonical([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? asset)
    {
        if (asset is null || asset.Length is 0 or > 20) return false;
        foreach (var c in asset)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c)) return false;
        }

        return !(AliasInitials.Contains(asset[0]) && Aliases.ContainsKey(asset));
    }

    public static string Normalize(string asset) =>
        TryNormalize(asset, out var n) ? n : throw new ArgumentException($"asset: expected letters and digits, got '{asset}'", nameof(asset));
}
