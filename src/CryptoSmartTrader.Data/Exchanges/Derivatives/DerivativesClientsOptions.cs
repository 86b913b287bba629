namespace CryptoSmartTrader.Data.Exchanges.Derivatives;

/// <summary>
/// Settings for the four venues' public derivatives APIs, preset to their production hosts and documented public limits.
/// They are separate hosts from spot, with their own limits, so they get their own limiter and circuit.
/// </summary>
public sealed class DerivativesClientsOptions
{
    public ExchangeOptions Binance { get; set; } = new()
    {
        RestBaseUrl = new Uri("https://fapi.binance.com/"),
        // USD-M futures: 2400 request weight per minute per IP; keep headroom.
        RateLimit = 2000,
        RateLimitWindow = TimeSpan.FromMinutes(1),
    };

    public ExchangeOptions Htx { get; set; } = new()
    {
        RestBaseUrl = new Uri("https://api.hbdm.com/"),
        // Public market data of the swap API: 800 requests per 1 s per IP documented; stay far below.
        RateLimit = 100,
        RateLimitWindow = TimeSpan.FromSeconds(10),
    };

    public ExchangeOptions KuCoin { get; set; } = new()
    {
        RestBaseUrl = new Uri("https://api-futures.kucoin.com/"),
        // Futures public resource pool: 2000 weight per 30 s.
        RateLimit = 2000,
        RateLimitWindow = TimeSpan.FromSeconds(30),
    };

    public ExchangeOptions Kraken { get; set; } = new()
    {
        RestBaseUrl = new Uri("https://futures.kraken.com/"),
        // Kraken Futures public endpoints are not cost-metered like spot; pace them like spot's public counter anyway.
        RateLimit = 15,
        CounterDecayPerSecond = 1.0,
    };

    public ExchangeOptions For(Core.Markets.Exchange exchange) =>
        exchange == Core.Markets.Exchange.Kraken ? Kraken
        : exchange == Core.Markets.Exchange.Binance ? Binance
        : exchange == Core.Markets.Exchange.KuCoin ? KuCoin
        : exchange == Core.Markets.Exchange.Htx ? Htx
        : throw new ArgumentException($"exchange: expected one of kraken, binance, kucoin, htx, got '{exchange}'", nameof(exchange));
}
