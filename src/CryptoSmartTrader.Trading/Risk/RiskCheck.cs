using CryptoSmartTrader.Core.Quality;

namespace CryptoSmartTrader.Trading.Risk;

/// <summary>
/// One order as the risk engine sees it: symbol index, signed quantity (buy &gt; 0), reference price, the confidence
/// behind it, the venue's minimum notional, and the market facts the liquidity and data-quality gates read
/// (NaN = unknown). <see cref="Verdict"/> is a data-quality verdict supplied with the bar; when null the engine asks
/// its <see cref="IDataQualityGate"/>, if it has one.
/// </summary>
public readonly record struct RiskCheck(
    int SymbolIndex,
    double SignedQuantity,
    double Price,
    double Confidence,
    DateTimeOffset Time,
    double MinNotional = 0,
    double SpreadBps = double.NaN,
    double DepthQuote = double.NaN,
    double Volume24hQuote = double.NaN,
    DataQualityVerdict? Verdict = null);
