using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Quality;

/// <summary>
/// Candle rows as received, before any validation (for example a fresh download): they may be out of order, duplicated,
/// misaligned or invalid, which <see cref="DataQuality.AnalyzeRaw"/> counts instead of rejecting. All arrays have equal length.
/// </summary>
public sealed record RawCandleRows(Exchange Exchange, Symbol Symbol, Timeframe Timeframe,
    long[] OpenMs, double[] Open, double[] High, double[] Low, double[] Close, double[] Volume);
