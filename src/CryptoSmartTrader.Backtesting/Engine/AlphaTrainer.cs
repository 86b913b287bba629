using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>
/// Fits an alpha for one walk-forward window from the training bars only (every series sliced to close times in
/// [TrainFrom, TrainTo]); the returned model then trades the window's out-of-sample part. A model-based trainer
/// wraps the Models API here; the rule trainer searches parameters.
/// </summary>
public delegate IAlphaModel AlphaTrainer(WalkForwardWindow window, IReadOnlyList<CandleSeries> training, TradingUniverse universe);
