using CryptoSmartTrader.Core.Quality;
using CryptoSmartTrader.Data.Quality;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.Data.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoSmartTrader.Data.Tests.Storage;

public sealed class CandleStoreRegistrationTests
{
    [Fact]
    public void AddCandleStore_and_AddDataQualityGate_register_one_store_behind_every_interface()
    {
        using var temp = new TempFolder();
        var services = new Services()
            .AddCandleStore(o => o.DatabasePath = temp.DbPath)
            .AddDataQualityGate(o => o.MaxStaleBars = 3);
        var descriptors = services.ToDictionary(d => d.ServiceType);
        var provider = new DictionaryProvider(descriptors);

        var store = (SqliteMarketStore)provider.GetService(typeof(SqliteMarketStore))!;
        Assert.Equal(temp.DbPath, store.Path);
        Assert.Same(store, provider.GetService(typeof(ICandleStore)));
        Assert.Same(store, provider.GetService(typeof(ITradeStore)));
        Assert.IsType<StoreDataQualityGate>(provider.GetService(typeof(IDataQualityGate)));
        store.Dispose();
    }

    private sealed class Services : List<ServiceDescriptor>, IServiceCollection;

    // A minimal singleton container: the Data project references only the DI abstractions.
    private sealed class DictionaryProvider(Dictionary<Type, ServiceDescriptor> descriptors) : IServiceProvider
    {
        private readonly Dictionary<Type, object?> _made = [];

        public object? GetService(Type serviceType)
        {
            if (_made.TryGetValue(serviceType, out var made))
            {
                return made;
            }

            if (!descriptors.TryGetValue(serviceType, out var d))
            {
                return serviceType.IsGenericType && serviceType.GetGenericTypeDefinition() == typeof(Microsoft.Extensions.Options.IOptions<>)
                    ? Options(serviceType.GetGenericArguments()[0])
                    : null;
            }

            var instance = d.ImplementationInstance ?? d.ImplementationFactory?.Invoke(this);
            _made[serviceType] = instance;
            return instance;
        }

        private object Options(Type optionsType)
        {
            var value = Activator.CreateInstance(optionsType)!;
            var configure = typeof(Microsoft.Extensions.Options.IConfigureOptions<>).MakeGenericType(optionsType);
            foreach (var d in descriptors.Values.Where(x => x.ServiceType == configure))
            {
                configure.GetMethod("Configure")!.Invoke(d.ImplementationInstance, [value]);
            }

            return Activator.CreateInstance(typeof(Microsoft.Extensions.Options.OptionsWrapper<>).MakeGenericType(optionsType), value)!;
        }
    }
}
