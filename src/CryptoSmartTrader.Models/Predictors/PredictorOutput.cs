namespace CryptoSmartTrader.Models.Predictors;

/// <summary>Per-row outputs. <see cref="ProbabilitySpread"/> is the ensemble's standard deviation of P(up), null for single models.</summary>
public sealed record PredictorOutput(double[] ProbabilityUp, double[] ExpectedReturn, double[]? ProbabilitySpread = null);
