using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Private.Binance;
using CryptoSmartTrader.Data.Exchanges.Private.Credentials;
using CryptoSmartTrader.Data.Exchanges.Private.Htx;
using CryptoSmartTrader.Data.Exchanges.Private.Kraken;
using CryptoSmartTrader.Data.Exchanges.Private.KuCoin;
using CryptoSmartTrader.Data.Exchanges.Private.Signing;
using CryptoSmartTrader.Data.Exchanges.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryptoSmartTrader.Data.Exchanges.Private;

/// <summary>Builds an account client from options and credentials; used by DI and by callers without a container.</summary>
public static class ExchangeAccounts
{
    /// <summary>The <paramref name="http"/> client should have an infinite timeout; the per-attempt timeout comes from the connection options.</summary>
    public static IExchangeAccount Create(Exchange exchange, ApiCredentials credentials, ExchangeAccountsOptions options, HttpClient http,
        TimeProvider time, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(time);
        logger ??= NullLogger.Instance;
        var o = options.Connections.For(exchange);
        IVenueAccount venue;
        if (exchange == Exchange.Kraken)
        {
            var t = new SignedTransport(exchange, http, o, new DecayingCounterLimiter(o.RateLimit, o.CounterDecayPerSecond, time), time, logger,
                KrakenAccountParser.VenueError, credentials);
            venue = new KrakenAccountClient(t, credentials, time, options.KrakenDeadline);
        }
        else if (exchange == Exchange.Binance)
        {
            var t = new SignedTransport(exchange, http, o, new WindowLimiter(o.RateLimit, o.RateLimitWindow, time, usedHeader: "X-MBX-USED-WEIGHT-1M"),
                time, logger, BinanceAccountParser.VenueError, credentials);
            venue = new BinanceAccountClient(t, credentials, time, options.BinanceRecvWindow);
        }
        else if (exchange == Exchange.KuCoin)
        {
            var t = new SignedTransport(exchange, http, o, new WindowLimiter(o.RateLimit, o.RateLimitWindow, time), time, logger,
                KuCoinAccountParser.VenueError, credentials);
            venue = new KuCoinAccountClient(t, credentials, time, options.KuCoinAcceptanceWindow);
        }
        else if (exchange == Exchange.Htx)
        {
            var t = new SignedTransport(exchange, http, o, new WindowLimiter(o.RateLimit, o.RateLimitWindow, time), time, logger,
                HtxAccountParser.VenueError, credentials);
            venue = new HtxAccountClient(t, credentials, time, options.HtxAcceptanceWindow);
        }
        else
        {
            throw new ArgumentException($"exchange: expected one of kraken, binance, kucoin, htx, got '{exchange}'", nameof(exchange));
        }

        return new ExchangeAccount(venue, options.UnknownOutcome, options.GuardPermissions, time, logger);
    }
}
