using CryptoSmartTrader.Models.Predictors;

namespace CryptoSmartTrader.Models.AutoML;

/// <summary>One evaluation: a configuration at a number of rounds and its objective (lower is better).</summary>
public sealed record TrialResult(int Trial, int Rung, XGBoostParameters Parameters, double Score, double Auc, double LogLoss, double Brier);
