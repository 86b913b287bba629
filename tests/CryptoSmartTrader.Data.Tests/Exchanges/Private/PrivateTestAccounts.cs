using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Private;
using CryptoSmartTrader.Data.Exchanges.Private.Credentials;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using Microsoft.Extensions.Logging;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Private;

/// <summary>Real account clients pointed at a loopback server with planted (fake) credentials.</summary>
public static class PrivateTestAccounts
{
    public const string PlantedKey = "PLANTEDKEY-7f3a9c1e5b2d4f6a8c0e";
    public const string PlantedSecret = "cGxhbnRlZC1zZWNyZXQtZG8tbm90LWxvZy0xMjM0NTY3ODkw"; // base64, so Kraken accepts it
    public const string PlantedPassphrase = "planted-passphrase-42";

    public static ApiCredentials Credentials => new(new Secret(PlantedKey), new Secret(PlantedSecret), new Secret(PlantedPassphrase));

    public static IExchangeAccount Create(Exchange exchange, LoopbackServer server, TimeProvider time, Action<ExchangeAccountsOptions>? tweak = null,
        ILogger? logger = null)
    {
        var options = new ExchangeAccountsOptions { GuardPermissions = false };
        var connection = TestClients.Options(server.BaseUrl);
        options.Connections = new ExchangeClientsOptions { Kraken = connection, Binance = connection.Clone(), KuCoin = connection.Clone(), Htx = connection.Clone() };
        options.UnknownOutcome.QueryInterval = TimeSpan.FromMilliseconds(20);
        tweak?.Invoke(options);
        return ExchangeAccounts.Create(exchange, Credentials, options, new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, time, logger);
    }
}
