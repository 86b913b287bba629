using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges.Streams;

/// <summary>One item from a market stream: data (trade, candle, book) or a notice about the connection or data quality.</summary>
public abstract record StreamMessage(Exchange Exchange, Symbol Symbol);
