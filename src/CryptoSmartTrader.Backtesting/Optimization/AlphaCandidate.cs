using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Backtesting.Optimization;

/// <summary>One configuration of a parameter search: a name for reports and how to build its alpha.</summary>
public sealed record AlphaCandidate(string Name, Func<TradingUniverse, IAlphaModel> Alpha);
