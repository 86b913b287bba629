using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges.Derivatives;

/// <summary>Hands out one long-lived derivatives client per venue, so its rate limiter and circuit breaker see every call.</summary>
public interface IDerivativesDataClientFactory
{
    IDerivativesDataClient Get(Exchange exchange);
}
