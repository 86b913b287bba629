using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges.Streams;

/// <summary>Connection and integrity events: reconnects, sequence gaps and resyncs, rejected payloads.</summary>
public sealed record StreamNotice(Exchange Exchange, Symbol Symbol, StreamNoticeKind Kind, string Message) : StreamMessage(Exchange, Symbol);
