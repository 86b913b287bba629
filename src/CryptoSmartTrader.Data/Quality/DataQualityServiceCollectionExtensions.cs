using CryptoSmartTrader.Core.Quality;
using CryptoSmartTrader.Data.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CryptoSmartTrader.Data.Quality;

/// <summary>DI registration of the integrity gate (needs an <see cref="ICandleStore"/>, e.g. from <c>AddCandleStore</c>).</summary>
public static class DataQualityServiceCollectionExtensions
{
    public static IServiceCollection AddDataQualityGate(this IServiceCollection services, Action<DataQualityOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<DataQualityOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<IDataQualityGate>(sp =>
            new StoreDataQualityGate(sp.GetRequiredService<ICandleStore>(), sp.GetRequiredService<IOptions<DataQualityOptions>>().Value));
        return services;
    }
}
