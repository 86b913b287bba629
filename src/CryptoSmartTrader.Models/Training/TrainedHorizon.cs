using CryptoSmartTrader.Models.Evaluation;

namespace CryptoSmartTrader.Models.Training;

/// <summary>The result of training one horizon: the model and its walk-forward (out-of-fold) metrics.</summary>
public sealed record TrainedHorizon(HorizonModel Model, HorizonMetrics OutOfFold, int Folds);
