using System.Collections.Concurrent;
using CryptoSmartTrader.Core.Markets;
using Microsoft.Extensions.Options;

namespace CryptoSmartTrader.Data.Exchanges;

/// <summary>The DI-backed factory: HttpClients come from <see cref="IHttpClientFactory"/> (named <c>cst-exchange-{id}</c>).</summary>
internal sealed class MarketDataClientFactory(IHttpClientFactory httpClients, IOptions<ExchangeClientsOptions> options, TimeProvider time)
    : IMarketDataClientFactory
{
    private readonly ConcurrentDictionary<Exchange, IMarketDataClient> _clients = new();

    public static string HttpClientName(Exchange exchange) => $"cst-exchange-{exchange.Id}";

    public IMarketDataClient Get(Exchange exchange) => _clients.GetOrAdd(exchange, e =>
        MarketDataClients.Create(e, options.Value.For(e), httpClients.CreateClient(HttpClientName(e)), time));
}
