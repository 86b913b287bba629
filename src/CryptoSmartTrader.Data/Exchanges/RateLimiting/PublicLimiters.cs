using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges.RateLimiting;

/// <summary>
/// The request budget of a venue's public endpoints, one definition for its spot and derivatives clients: Kraken meters with a
/// decaying counter; Binance and KuCoin report their own count in a header, which keeps our budget honest after a restart.
/// </summary>
internal static class PublicLimiters
{
    public static IRequestLimiter For(Exchange exchange, ExchangeOptions options, TimeProvider time)
    {
        if (exchange == Exchange.Kraken) return new DecayingCounterLimiter(options.RateLimit, options.CounterDecayPerSecond, time);
        if (exchange == Exchange.Binance) return new WindowLimiter(options.RateLimit, options.RateLimitWindow, time, usedHeader: "X-MBX-USED-WEIGHT-1M");
        if (exchange == Exchange.KuCoin) return new WindowLimiter(options.RateLimit, options.RateLimitWindow, time, remainingHeader: "gw-ratelimit-remaining");
        return new WindowLimiter(options.RateLimit, options.RateLimitWindow, time);
    }
}
