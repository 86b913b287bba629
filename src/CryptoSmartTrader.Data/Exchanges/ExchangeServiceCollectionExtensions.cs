using CryptoSmartTrader.Core.Markets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CryptoSmartTrader.Data.Exchanges;

/// <summary>DI registration for the exchange adapters.</summary>
public static class ExchangeServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IMarketDataClientFactory"/>, one named HttpClient per venue (timeouts are handled by the
    /// resilience pipeline, so the HttpClient's own timeout is infinite) and <see cref="TimeProvider.System"/> unless one is registered.
    /// </summary>
    public static IServiceCollection AddExchangeClients(this IServiceCollection services, Action<ExchangeClientsOptions>? configure = null)
    {
        services.AddOptions<ExchangeClientsOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        foreach (var exchange in Exchange.Supported)
        {
            services.AddHttpClient(MarketDataClientFactory.HttpClientName(exchange), c => c.Timeout = Timeout.InfiniteTimeSpan);
        }

        services.TryAddSingleton<IMarketDataClientFactory, MarketDataClientFactory>();
        return services;
    }
}
