namespace CryptoSmartTrader.Core.Markets;

/// <summary>
/// A normalised spot pair <c>BASE/QUOTE</c> in upper case with venue aliases resolved (XBT → BTC).
/// Equality is on the normalised pair only, so the same market on two venues compares equal.
/// </summary>
public readonly record struct Symbol
{
    public string Base { get; }
    public string Quote { get; }

    public Symbol(string @base, string quote)
    {
        Base = ValidateAsset(@base, nameof(@base));
        Quote = ValidateAsset(quote, nameof(quote));
        if (Base == Quote)
        {
            throw new ArgumentException($"symbol: base and quote must differ, got '{Base}/{Quote}'", nameof(quote));
        }
    }

    /// <summary>Parses <c>BTC/USDT</c> (also accepts <c>BTC-USDT</c> and <c>BTC_USDT</c>).</summary>
    public static Symbol Parse(string value)
    {
        if (!TryParse(value, out var symbol, out var error))
        {
            throw new FormatException(error);
        }

        return symbol;
    }

    public static bool TryParse(string? value, out Symbol symbol, out string error)
    {
        symbol = default;
        var parts = (value ?? string.Empty).Trim().Split('/', '-', '_');
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            error = $"symbol: expected BASE/QUOTE such as BTC/USDT, got '{value}'";
            return false;
        }

        if (!AssetCode.TryNormalize(parts[0], out var b) || !AssetCode.TryNormalize(parts[1], out var q) || b == q)
        {
            error = $"symbol: expected two different asset codes of letters and digits, got '{value}'";
            return false;
        }

        symbol = new Symbol(b, q);
        error = string.Empty;
        return true;
    }

    /// <summary>Maps a venue-native id (Kraken <c>XXBTZUSD</c>, Binance <c>BTCUSDT</c>, KuCoin <c>BTC-USDT</c>, HTX <c>btcusdt</c>).</summary>
    public static Symbol FromNative(Exchange exchange, string nativeId) => NativeSymbols.FromNative(exchange, nativeId);

    /// <summary>The id the venue's REST API expects for this pair.</summary>
    public string ToNative(Exchange exchange) => NativeSymbols.ToNative(exchange, this);

    public override string ToString() => Base is null ? "(none)" : $"{Base}/{Quote}";

    /// <summary>A file-name friendly form, <c>BTC_USDT</c>.</summary>
    public string ToFileToken() => $"{Base}_{Quote}";

    private static string ValidateAsset(string asset, string name)
    {
        if (!AssetCode.TryNormalize(asset, out var normalized))
        {
            throw new ArgumentException($"symbol: {name} must be letters and digits, got '{asset}'", name);
        }

        return normalized;
    }
}
