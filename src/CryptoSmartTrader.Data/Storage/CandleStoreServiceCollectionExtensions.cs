using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CryptoSmartTrader.Data.Storage;

/// <summary>DI registration of the SQLite market-data store.</summary>
public static class CandleStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="SqliteMarketStore"/> (singleton, opened on first use) as <see cref="ICandleStore"/>,
    /// <see cref="ITradeStore"/> and <see cref="IOrderBookStore"/>. Uses a registered <see cref="TimeProvider"/> when present.
    /// </summary>
    public static IServiceCollection AddCandleStore(this IServiceCollection services, Action<CandleStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<CandleStoreOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(sp => new SqliteMarketStore(sp.GetRequiredService<IOptions<CandleStoreOptions>>().Value,
            sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.TryAddSingleton<ICandleStore>(sp => sp.GetRequiredService<SqliteMarketStore>());
        services.TryAddSingleton<ITradeStore>(sp => sp.GetRequiredService<SqliteMarketStore>());
        services.TryAddSingleton<IOrderBookStore>(sp => sp.GetRequiredService<SqliteMarketStore>());
        return services;
    }
}
