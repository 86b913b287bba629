using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Private;
using CryptoSmartTrader.Data.Exchanges.Private.Credentials;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using Microsoft.Extensions.Logging;

namespace CryptoSmartTrader.Bot.Tests.Live;

/// <summary>Real signed account clients pointed at a loopback exchange, with planted (fake) keys.</summary>
internal static class LiveTestAccounts
{
    public const string PlantedKey = "PLANTED-BOT-KEY-4e8b1d7c0a9f";
    public const string PlantedSecret = "cGxhbnRlZC1ib3Qtc2VjcmV0LW5ldmVyLWxvZ2dlZA=="; // base64, so Kraken would accept it too

    public static ExchangeOptions Connection(Uri baseUrl, TimeSpan? timeout = null) => new()
    {
        RestBaseUrl = baseUrl,
        Timeout = timeout ?? TimeSpan.FromMinutes(5),
        MaxRetries = 0,
        CircuitMinimumThroughput = 100,
        RateLimit = 1000,
        RateLimitWindow = TimeSpan.FromMinutes(1),
    };

    public static IExchangeAccount Binance(LoopbackServer server, TimeProvider time, TimeSpan? timeout = null, ILogger? logger = null)
    {
        var options = new ExchangeAccountsOptions { GuardPermissions = false };
        options.Connections.Binance = Connection(server.BaseUrl, timeout);
        options.UnknownOutcome.QueryInterval = TimeSpan.FromMilliseconds(20);
        options.UnknownOutcome.ClockSkewAllowance = TimeSpan.Zero;
        var credentials = new ApiCredentials(new Secret(PlantedKey), new Secret(PlantedSecret));
        return ExchangeAccounts.Create(Exchange.Binance, credentials, options, new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, time, logger);
    }
}
