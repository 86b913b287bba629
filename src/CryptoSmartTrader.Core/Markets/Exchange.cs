namespace CryptoSmartTrader.Core.Markets;

/// <summary>
/// A trading venue, identified by a lower-case id. A value type rather than an enum so that
/// datasets from venues we do not trade (Bitstamp, FTX, Bybit) can still be named honestly.
/// </summary>
public readonly record struct Exchange
{
    public static readonly Exchange Kraken = new("kraken");
    public static readonly Exchange Binance = new("binance");
    public static readonly Exchange KuCoin = new("kucoin");
    public static readonly Exchange Htx = new("htx");

    /// <summary>The four venues with full adapters.</summary>
    public static IReadOnlyList<Exchange> Supported { get; } = [Kraken, Binance, KuCoin, Htx];

    public string Id { get; }

    private Exchange(string id) => Id = id;

    public static Exchange Parse(string value)
    {
        if (!TryParse(value, out var exchange, out var error))
        {
            throw new ArgumentException(error, nameof(value));
        }

        return exchange;
    }

    public static bool TryParse(string? value, out Exchange exchange, out string error)
    {
        exchange = default;
        var id = value?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(id))
        {
            error = "exchange: expected a venue id such as 'binance', got an empty value";
            return false;
        }

        if (id == "huobi")
        {
            id = "htx";
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_'))
            {
                error = $"exchange: expected letters, digits, '-' or '_', got '{value}'";
                return false;
            }
        }

        exchange = new Exchange(id);
        error = string.Empty;
        return true;
    }

    public bool IsSupported => Supported.Contains(this);

    public override string ToString() => Id ?? "(none)";
}
