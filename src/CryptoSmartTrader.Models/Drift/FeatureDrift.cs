namespace CryptoSmartTrader.Models.Drift;

/// <summary>Drift of one input column (or of the predictions) between the training window and recent data.</summary>
public sealed record FeatureDrift(string Name, double Psi, double Ks, double KsPValue, DriftSeverity Severity);
