using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Derivatives;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Derivatives;

/// <summary>Real derivatives adapters pointed at a loopback server with the spot tests' resilience settings.</summary>
public static class DerivativesTestClients
{
    public static IDerivativesDataClient Create(Exchange exchange, LoopbackServer server, DateTimeOffset now) =>
        Create(exchange, server, new FastForwardTimeProvider(now));

    public static IDerivativesDataClient Create(Exchange exchange, LoopbackServer server, TimeProvider time, Action<ExchangeOptions>? tweak = null) =>
        DerivativesClients.Create(exchange, TestClients.Options(server.BaseUrl, tweak), new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, time);

    public static DateTimeOffset Ms(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
