using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Binance;
using CryptoSmartTrader.Data.Exchanges.Htx;
using CryptoSmartTrader.Data.Exchanges.Kraken;
using CryptoSmartTrader.Data.Exchanges.KuCoin;

namespace CryptoSmartTrader.Data.Exchanges.Streams;

/// <summary>Builds a venue's WebSocket stream; <paramref name="rest"/> supplies book snapshots (and KuCoin's connection token).</summary>
public static class MarketStreams
{
    public static IMarketStream Create(Exchange exchange, ExchangeOptions options, IMarketDataClient rest, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rest);
        IStreamProtocol protocol = exchange == Exchange.Binance ? new BinanceStreamProtocol(options)
            : exchange == Exchange.Kraken ? new KrakenStreamProtocol(options, rest)
            : exchange == Exchange.Htx ? new HtxStreamProtocol(options)
            : exchange == Exchange.KuCoin && rest is KuCoinClient kucoin ? new KuCoinStreamProtocol(kucoin.Rest)
            : throw new ArgumentException(
                $"exchange: expected kraken, binance, kucoin or htx with that venue's REST client, got '{exchange}' with a {rest.Exchange} client",
                nameof(exchange));
        return new WebSocketMarketStream(protocol, rest, options, time);
    }
}
