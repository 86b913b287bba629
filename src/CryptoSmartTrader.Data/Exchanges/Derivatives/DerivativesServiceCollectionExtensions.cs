using CryptoSmartTrader.Core.Markets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CryptoSmartTrader.Data.Exchanges.Derivatives;

/// <summary>DI registration for the derivatives adapters.</summary>
public static class DerivativesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDerivativesDataClientFactory"/>, one named HttpClient per venue with an infinite timeout (the
    /// resilience pipeline times attempts) and <see cref="TimeProvider.System"/> unless one is registered.
    /// </summary>
    public static IServiceCollection AddDerivativesClients(this IServiceCollection services, Action<DerivativesClientsOptions>? configure = null)
    {
        services.AddOptions<DerivativesClientsOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        foreach (var exchange in Exchange.Supported)
        {
            services.AddHttpClient(DerivativesDataClientFactory.HttpClientName(exchange), c => c.Timeout = Timeout.InfiniteTimeSpan);
        }

        services.TryAddSingleton<IDerivativesDataClientFactory, DerivativesDataClientFactory>();
        return services;
    }
}
