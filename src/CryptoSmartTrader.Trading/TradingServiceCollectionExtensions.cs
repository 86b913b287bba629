using CryptoSmartTrader.Core.Quality;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CryptoSmartTrader.Trading;

public static class TradingServiceCollectionExtensions
{
    /// <summary>Registers <see cref="TradingOptions"/>, the system <see cref="TimeProvider"/> (unless one is registered)
    /// and a <see cref="TradingKernelFactory"/> that picks up an <see cref="IDataQualityGate"/> when one is registered.</summary>
    public static IServiceCollection AddTradingKernel(this IServiceCollection services, Action<TradingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<TradingOptions>();
        if (configure is not null) builder.Configure(configure);
        builder.Validate(o =>
        {
            o.Kernel.Validate();
            o.Risk.Validate();
            o.Kelly.Validate();
            o.Execution.Validate();
            o.Venue.Validate();
            return true;
        });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new TradingKernelFactory(sp.GetRequiredService<IOptions<TradingOptions>>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetService<IDataQualityGate>()));
        return services;
    }
}
