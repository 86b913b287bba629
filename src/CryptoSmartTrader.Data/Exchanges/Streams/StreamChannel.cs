namespace CryptoSmartTrader.Data.Exchanges.Streams;

/// <summary>The kind of public data to stream.</summary>
public enum StreamChannel
{
    Trades = 0,
    Candles = 1,
    OrderBook = 2,
}
