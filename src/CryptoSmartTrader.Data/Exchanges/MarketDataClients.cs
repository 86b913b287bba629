using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Binance;
using CryptoSmartTrader.Data.Exchanges.Htx;
using CryptoSmartTrader.Data.Exchanges.Http;
using CryptoSmartTrader.Data.Exchanges.Kraken;
using CryptoSmartTrader.Data.Exchanges.KuCoin;
using CryptoSmartTrader.Data.Exchanges.RateLimiting;

namespace CryptoSmartTrader.Data.Exchanges;

/// <summary>Builds a venue client from its options; used by DI and by callers without a container (CLI, notebooks).</summary>
public static class MarketDataClients
{
    /// <summary>
    /// A client for <paramref name="exchange"/>. The <paramref name="http"/> client should have an infinite timeout: the
    /// per-attempt timeout comes from <see cref="ExchangeOptions.Timeout"/> on <paramref name="time"/>.
    /// </summary>
    public static IMarketDataClient Create(Exchange exchange, ExchangeOptions options, HttpClient http, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(time);
        if (exchange == Exchange.Kraken)
        {
            return new KrakenClient(new RestTransport(exchange, http, options, PublicLimiters.For(exchange, options, time), time, KrakenParser.VenueError), time);
        }

        if (exchange == Exchange.Binance)
        {
            return new BinanceClient(new RestTransport(exchange, http, options, PublicLimiters.For(exchange, options, time), time, BinanceParser.VenueError), time, options.CandlePageSize);
        }

        if (exchange == Exchange.KuCoin)
        {
            return new KuCoinClient(new RestTransport(exchange, http, options, PublicLimiters.For(exchange, options, time), time, KuCoinParser.VenueError), time, options.CandlePageSize);
        }

        if (exchange == Exchange.Htx)
        {
            return new HtxClient(new RestTransport(exchange, http, options, PublicLimiters.For(exchange, options, time), time, HtxParser.VenueError), time);
        }

        throw new ArgumentException($"exchange: expected one of kraken, binance, kucoin, htx, got '{exchange}'", nameof(exchange));
    }
}
