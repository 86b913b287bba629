using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

/// <summary>Real adapters pointed at a loopback server, with fast test-friendly resilience settings.</summary>
public static class TestClients
{
    public static ExchangeOptions Options(Uri baseUrl, Action<ExchangeOptions>? tweak = null)
    {
        var options = new ExchangeOptions
        {
            RestBaseUrl = baseUrl,
            Timeout = TimeSpan.FromMinutes(5),
            MaxRetries = 3,
            RetryBaseDelay = TimeSpan.FromMilliseconds(100),
            MaxRetryDelay = TimeSpan.FromSeconds(10),
            CircuitMinimumThroughput = 100,
            RateLimit = 1000,
            RateLimitWindow = TimeSpan.FromMinutes(1),
            CounterDecayPerSecond = 1,
        };
        tweak?.Invoke(options);
        return options;
    }

    public static IMarketDataClient Create(Exchange exchange, LoopbackServer server, TimeProvider time, Action<ExchangeOptions>? tweak = null) =>
        MarketDataClients.Create(exchange, Options(server.BaseUrl, tweak), new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, time);
}
