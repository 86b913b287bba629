namespace CryptoSmartTrader.Data.Exchanges;

/// <summary>Why a call to a venue failed.</summary>
public enum ExchangeErrorKind
{
    /// <summary>The venue answered with its own error payload (Kraken error array, Binance/KuCoin code, HTX err-code).</summary>
    Venue = 0,
    /// <summary>A non-success HTTP status without a recognisable venue error.</summary>
    Http = 1,
    /// <summary>429/418 that outlasted the retries or asked to wait longer than allowed.</summary>
    RateLimited = 2,
    /// <summary>The circuit breaker is open after repeated failures.</summary>
    CircuitOpen = 3,
    Timeout = 4,
    Network = 5,
    /// <summary>The payload is not the documented shape (bad JSON, missing field, wrong type, wrong symbol).</summary>
    Malformed = 6,
    /// <summary>The payload parsed but its values are impossible (crossed book, negative price, high below low).</summary>
    Invalid = 7,
    /// <summary>The request itself cannot be served by this venue (unsupported timeframe, unknown symbol).</summary>
    Unsupported = 8,
    /// <summary>Order rejected: not enough free balance.</summary>
    InsufficientFunds = 9,
    /// <summary>Order rejected: below the venue's minimum notional or quantity.</summary>
    MinNotional = 10,
    /// <summary>Order rejected: price off the tick grid, outside the allowed band, or otherwise invalid.</summary>
    InvalidPrice = 11,
    /// <summary>The venue does not know the order (query or cancel by id).</summary>
    UnknownOrder = 12,
    /// <summary>Bad key, bad signature, missing permission, or a key refused by the permission guard.</summary>
    PermissionDenied = 13,
    /// <summary>No credentials configured for the venue.</summary>
    MissingCredentials = 14,
}
