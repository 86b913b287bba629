namespace CryptoSmartTrader.Data.Exchanges;

/// <summary>
/// Connection, rate-limit and resilience settings for one venue. Base URLs are plain settings so tests, mirrors and
/// testnets can point anywhere.
/// </summary>
public sealed class ExchangeOptions
{
    /// <summary>REST root, e.g. <c>https://api.kraken.com</c>; endpoint paths are appended.</summary>
    public Uri RestBaseUrl { get; set; } = new("http://127.0.0.1/");

    /// <summary>Public WebSocket endpoint (KuCoin obtains its endpoint from the bullet token and ignores this).</summary>
    public Uri WebSocketUrl { get; set; } = new("ws://127.0.0.1/");

    /// <summary>Per-attempt timeout.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    public int MaxRetries { get; set; } = 4;

    /// <summary>First retry delay; later ones grow exponentially with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A 429/418 asking to wait longer than this fails at once instead of blocking the caller.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Failures (5xx, timeouts, network) within <see cref="CircuitSamplingDuration"/> before the circuit may open.</summary>
    public int CircuitMinimumThroughput { get; set; } = 8;

    public double CircuitFailureRatio { get; set; } = 0.5;

    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Request budget per <see cref="RateLimitWindow"/> (Binance weight, KuCoin pool, HTX requests) or the Kraken counter maximum.</summary>
    public int RateLimit { get; set; } = 1200;

    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Kraken only: how fast the call counter decays, per second.</summary>
    public double CounterDecayPerSecond { get; set; } = 1.0;

    /// <summary>Candles per paginated request; null uses the venue maximum (Binance 1000, KuCoin 1500). Larger values are capped to it.</summary>
    public int? CandlePageSize { get; set; }

    /// <summary>Reconnect backoff for WebSocket streams (doubles up to <see cref="MaxRetryDelay"/>).</summary>
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public ExchangeOptions Clone() => (ExchangeOptions)MemberwiseClone();
}
