using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges;

/// <summary>Hands out one long-lived client per venue, so its rate limiter and circuit breaker see every call.</summary>
public interface IMarketDataClientFactory
{
    IMarketDataClient Get(Exchange exchange);
}
