using CryptoSmartTrader.Models.Predictors;

namespace CryptoSmartTrader.Models.Stacking;

/// <summary>One level-0 model of a stack: a name for its meta-features and the learner that fits it.</summary>
public sealed record StackingBase(string Name, IPredictor Predictor);
