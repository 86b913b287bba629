using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges.Streams;

/// <summary>A candle update; <see cref="IsClosed"/> is false while the bar is still forming (only closed bars are final).</summary>
public sealed record CandleMessage(Exchange Exchange, Symbol Symbol, Timeframe Timeframe, Candle Candle, bool IsClosed)
    : StreamMessage(Exchange, Symbol);
