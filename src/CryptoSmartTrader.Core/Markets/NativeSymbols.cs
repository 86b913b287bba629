namespace CryptoSmartTrader.Core.Markets;

/// <summary>
/// Venue-native pair ids. Concatenated ids (Binance, HTX, Kraken) are split on a known quote suffix, which is
/// how the venues themselves document them; the market metadata from the adapters is the authority when present.
/// </summary>
internal static class NativeSymbols
{
    // Longest first so that "USDT" wins over "USD" and "FDUSD" over "USD".
    private static readonly string[] KnownQuotes =
        ["FDUSD", "USDT", "USDC", "TUSD", "BUSD", "DAI", "USD", "EUR", "GBP", "JPY", "CAD", "AUD", "CHF", "TRY", "BTC", "XBT", "ETH", "BNB", "HT", "KCS"];

    // Kraken's legacy four-letter codes for pairs such as XXBTZUSD / XETHZEUR.
    private static readonly Dictionary<string, string> KrakenLegacy = new(StringComparer.Ordinal)
    {
        ["XXBT"] = "BTC", ["XETH"] = "ETH", ["XLTC"] = "LTC", ["XXRP"] = "XRP", ["XXLM"] = "XLM", ["XXMR"] = "XMR",
        ["XETC"] = "ETC", ["XZEC"] = "ZEC", ["XXDG"] = "DOGE", ["XMLN"] = "MLN", ["XREP"] = "REP",
        ["ZUSD"] = "USD", ["ZEUR"] = "EUR", ["ZGBP"] = "GBP", ["ZJPY"] = "JPY", ["ZCAD"] = "CAD", ["ZAUD"] = "AUD", ["ZCHF"] = "CHF",
    };

    public static Symbol FromNative(Exchange exchange, string nativeId)
    {
        if (string.IsNullOrWhiteSpace(nativeId))
        {
            throw new FormatException($"symbol: expected a {exchange} pair id, got an empty value");
        }

        var id = nativeId.Trim();
        if (id.Contains('/') || id.Contains('-') || id.Contains('_'))
        {
            return Symbol.Parse(id);
        }

        var upper = id.ToUpperInvariant();
        if (exchange == Exchange.Kraken && upper.Length == 8 && KrakenLegacy.TryGetValue(upper[..4], out var kb)
            && KrakenLegacy.TryGetValue(upper[4..], out var kq))
        {
            return new Symbol(kb, kq);
        }

        // Several quotes can match (XBTUSD ends in both TUSD and USD); a base shorter than three letters is almost always
        // a wrong split, so the first match leaving a base of three or more letters wins.
        Symbol? fallback = null;
        foreach (var quote in KnownQuotes)
        {
            if (upper.Length > quote.Length && upper.EndsWith(quote, StringComparison.Ordinal))
            {
                var candidate = new Symbol(upper[..^quote.Length], quote);
                if (upper.Length - quote.Length >= 3)
                {
                    return candidate;
                }

                fallback ??= candidate;
            }
        }

        if (fallback is { } f)
        {
            return f;
        }

        throw new FormatException($"symbol: cannot split {exchange} pair id '{nativeId}' into base and quote");
    }

    public static string ToNative(Exchange exchange, Symbol symbol)
    {
        if (exchange == Exchange.Kraken)
        {
            // Kraken accepts the altname form (XBTUSD) on every public endpoint.
            return Kraken(symbol.Base) + Kraken(symbol.Quote);
        }

        if (exchange == Exchange.KuCoin)
        {
            return $"{symbol.Base}-{symbol.Quote}";
        }

        if (exchange == Exchange.Htx)
        {
            return (symbol.Base + symbol.Quote).ToLowerInvariant();
        }

        return symbol.Base + symbol.Quote;
    }

    private static string Kraken(string asset) => asset switch
    {
        "BTC" => "XBT",
        "DOGE" => "XDG",
        _ => asset,
    };
}
