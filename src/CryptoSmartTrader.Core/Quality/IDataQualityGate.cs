using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Core.Quality;

/// <summary>Answers whether a symbol's data is fit to trade on at a given time.</summary>
public interface IDataQualityGate
{
    DataQualityVerdict Evaluate(Exchange exchange, Symbol symbol, Timeframe timeframe, DateTimeOffset asOf);
}
