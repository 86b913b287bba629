using System.Collections.Concurrent;
using CryptoSmartTrader.Core.Markets;
using Microsoft.Extensions.Options;

namespace CryptoSmartTrader.Data.Exchanges.Derivatives;

/// <summary>The DI-backed factory: HttpClients come from <see cref="IHttpClientFactory"/> (named <c>cst-derivatives-{id}</c>).</summary>
internal sealed class DerivativesDataClientFactory(IHttpClientFactory httpClients, IOptions<DerivativesClientsOptions> options, TimeProvider time)
    : IDerivativesDataClientFactory
{
    private readonly ConcurrentDictionary<Exchange, IDerivativesDataClient> _clients = new();

    public static string HttpClientName(Exchange exchange) => $"cst-derivatives-{exchange.Id}";

    public IDerivativesDataClient Get(Exchange exchange) => _clients.GetOrAdd(exchange, e =>
        DerivativesClients.Create(e, options.Value.For(e), httpClients.CreateClient(HttpClientName(e)), time));
}
