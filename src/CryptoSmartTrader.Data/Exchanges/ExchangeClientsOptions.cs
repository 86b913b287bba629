namespace CryptoSmartTrader.Data.Exchanges;

/// <summary>Settings for the four venues, preset to their public production endpoints and documented limits.</summary>
public sealed class ExchangeClientsOptions
{
    public ExchangeOptions Kraken { get; set; } = new()
    {
        RestBaseUrl = new Uri("https://api.kraken.com/"),
        WebSocketUrl = new Uri("wss://ws.kraken.com/v2"),
        // Public endpoints: a counter of 15 that decays by 1/s (Kraken's documented public call limit).
        RateLimit = 15,
        CounterDecayPerSecond = 1.0,
    };

    public ExchangeOptions Binance { get; set; } = new()
    {
        RestBaseUrl = new Uri("https://api.binance.com/"),
        WebSocketUrl = new Uri("wss://stream.binance.com:9443/stream"),
        // REQUEST_WEIGHT 6000 per minute; keep headroom for other processes on the same IP.
        RateLimit = 5000,
        RateLimitWindow = TimeSpan.FromMinutes(1),
    };

    public ExchangeOptions KuCoin { get; set; } = new()
    {
        RestBaseUrl = new Uri("https://api.kucoin.com/"),
        WebSocketUrl = new Uri("wss://ws-api-spot.kucoin.com/"),
        // Public resource pool: 2000 weight per 30 s.
        RateLimit = 2000,
        RateLimitWindow = TimeSpan.FromSeconds(30),
    };

    public ExchangeOptions Htx { get; set; } = new()
    {
        RestBaseUrl = new Uri("https://api.huobi.pro/"),
        WebSocketUrl = new Uri("wss://api.huobi.pro/ws"),
        // Market data: 100 requests per 10 s per IP (documented per-endpoint limits are higher).
        RateLimit = 100,
        RateLimitWindow = TimeSpan.FromSeconds(10),
    };

    public ExchangeOptions For(Core.Markets.Exchange exchange) =>
        exchange == Core.Markets.Exchange.Kraken ? Kraken
        : exchange == Core.Markets.Exchange.Binance ? Binance
        : exchange == Core.Markets.Exchange.KuCoin ? KuCoin
        : exchange == Core.Markets.Exchange.Htx ? Htx
        : throw new ArgumentException($"exchange: expected one of kraken, binance, kucoin, htx, got '{exchange}'", nameof(exchange));
}
