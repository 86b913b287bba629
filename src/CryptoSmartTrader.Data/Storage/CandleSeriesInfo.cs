using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Storage;

/// <summary>One stored candle series: its key, how many bars it holds and the open times of its first and last bar.</summary>
public sealed record CandleSeriesInfo(Exchange Exchange, Symbol Symbol, Timeframe Timeframe, long Rows, DateTimeOffset FirstOpen, DateTimeOffset LastOpen);
