namespace CryptoSmartTrader.Data.Exchanges.Private;

/// <summary>Settings for the signed account clients.</summary>
public sealed class ExchangeAccountsOptions
{
    /// <summary>JSON secrets file used when the <c>CST_{VENUE}_API_KEY</c>/<c>_API_SECRET</c> variables are not set; must lie outside any git working tree.</summary>
    public string? SecretsFile { get; set; }

    /// <summary>Refuse to trade with a key that can withdraw (where the venue reports it). Leave on.</summary>
    public bool GuardPermissions { get; set; } = true;

    /// <summary>Endpoints, timeouts, retries and rate limits per venue (reads retry; order writes are sent once).</summary>
    public ExchangeClientsOptions Connections { get; set; } = new();

    public UnknownOutcomeOptions UnknownOutcome { get; set; } = new();

    /// <summary>Binance <c>recvWindow</c>: the venue rejects a request older than this, so it is also the acceptance window.</summary>
    public TimeSpan BinanceRecvWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Kraken <c>deadline</c> after sending (documented range 2-60 s) after which the engine rejects the order.</summary>
    public TimeSpan KrakenDeadline { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>KuCoin rejects requests whose KC-API-TIMESTAMP is more than 5 s off.</summary>
    public TimeSpan KuCoinAcceptanceWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>HTX rejects signatures whose Timestamp is more than 5 minutes off.</summary>
    public TimeSpan HtxAcceptanceWindow { get; set; } = TimeSpan.FromMinutes(5);
}
