using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges.Streams;

/// <summary>A public trade print.</summary>
public sealed record TradeMessage(Exchange Exchange, Symbol Symbol, Trade Trade) : StreamMessage(Exchange, Symbol);
