using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Import;

/// <summary>The series a candle file belongs to, as inferred from its folder and file name.</summary>
internal sealed record CandleFileTarget(Exchange Exchange, Symbol Symbol, Timeframe Timeframe);
