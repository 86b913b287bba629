using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges.Streams;

/// <summary>A validated book: a full snapshot from the venue or the keeper's synced book after a delta.</summary>
public sealed record BookMessage(Exchange Exchange, Symbol Symbol, OrderBook Book) : StreamMessage(Exchange, Symbol);
