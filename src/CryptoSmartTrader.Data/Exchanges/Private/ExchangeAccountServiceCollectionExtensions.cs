using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Private.Credentials;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CryptoSmartTrader.Data.Exchanges.Private;

/// <summary>DI registration for the signed account clients.</summary>
public static class ExchangeAccountServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IExchangeAccountFactory"/>, a <see cref="CredentialStore"/> reading the process environment and
    /// <see cref="ExchangeAccountsOptions.SecretsFile"/>, one named HttpClient per venue (infinite timeout: the pipeline
    /// times attempts, and without the factory's request logging) and <see cref="TimeProvider.System"/> unless registered.
    /// </summary>
    public static IServiceCollection AddExchangeAccounts(this IServiceCollection services, Action<ExchangeAccountsOptions>? configure = null)
    {
        services.AddOptions<ExchangeAccountsOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => CredentialStore.FromProcess(sp.GetRequiredService<IOptions<ExchangeAccountsOptions>>().Value.SecretsFile));
        foreach (var exchange in Exchange.Supported)
        {
            // The factory's own request logging would write URIs, and HTX carries the access key in the query string;
            // the signed transport logs method, path and status itself.
            services.AddHttpClient(ExchangeAccountFactory.HttpClientName(exchange), c => c.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        }

        services.TryAddSingleton<IExchangeAccountFactory, ExchangeAccountFactory>();
        return services;
    }
}
