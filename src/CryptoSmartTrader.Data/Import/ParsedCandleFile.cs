using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Import;

/// <summary>A fully validated candle file: the bars, the 1-based line each bar came from, and the identical repeated rows that were ignored.</summary>
internal sealed record ParsedCandleFile(CandleSeries Series, int[] Lines, int IdenticalDuplicateLines);
