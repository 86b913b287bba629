namespace CryptoSmartTrader.Backtesting.Metrics;

/// <summary>The outcome of <see cref="Pbo.Cscv"/>: the probability of overfitting, how many splits it was measured on, and each split's logit λ.</summary>
public readonly record struct PboResult(double Probability, int Combinations, IReadOnlyList<double> Logits);
