using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Binance;
using CryptoSmartTrader.Data.Exchanges.Htx;
using CryptoSmartTrader.Data.Exchanges.Http;
using CryptoSmartTrader.Data.Exchanges.Kraken;
using CryptoSmartTrader.Data.Exchanges.KuCoin;
using CryptoSmartTrader.Data.Exchanges.RateLimiting;

namespace CryptoSmartTrader.Data.Exchanges.Derivatives;

/// <summary>Builds a venue's derivatives client with the same transport, rate limiting and retries as the spot clients.</summary>
public static class DerivativesClients
{
    /// <summary>
    /// A derivatives client for <paramref name="exchange"/>. The <paramref name="http"/> client should have an infinite timeout:
    /// the per-attempt timeout comes from <see cref="ExchangeOptions.Timeout"/> on <paramref name="time"/>.
    /// </summary>
    public static IDerivativesDataClient Create(Exchange exchange, ExchangeOptions options, HttpClient http, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(time);
        if (exchange == Exchange.Binance)
        {
            return new BinanceFuturesClient(new RestTransport(exchange, http, options, PublicLimiters.For(exchange, options, time), time, BinanceParser.VenueError), time);
        }

        if (exchange == Exchange.Htx)
        {
            return new HtxSwapClient(new RestTransport(exchange, http, options, PublicLimiters.For(exchange, options, time), time, HtxSwapParser.VenueError), time);
        }

        if (exchange == Exchange.KuCoin)
        {
            return new KuCoinFuturesClient(new RestTransport(exchange, http, options, PublicLimiters.For(exchange, options, time), time, KuCoinParser.VenueError), time);
        }

        if (exchange == Exchange.Kraken)
        {
            return new KrakenFuturesClient(new RestTransport(exchange, http, options, PublicLimiters.For(exchange, options, time), time, KrakenFuturesParser.VenueError), time);
        }

        throw new ArgumentException($"exchange: expected one of kraken, binance, kucoin, htx, got '{exchange}'", nameof(exchange));
    }

    internal static ExchangeError Unsupported(Exchange exchange, string what, string endpoint) =>
        new(exchange, ExchangeErrorKind.Unsupported, "unsupported", $"{exchange} does not offer {what} through its public API", endpoint);
}
