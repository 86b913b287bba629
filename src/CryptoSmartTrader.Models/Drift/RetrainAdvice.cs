namespace CryptoSmartTrader.Models.Drift;

/// <summary>Whether to retrain, how urgently, and why (every finding that contributed).</summary>
public sealed record RetrainAdvice(bool Retrain, DriftSeverity Severity, string Reason, IReadOnlyList<FeatureDrift> Features, FeatureDrift? Predictions,
    double? RecentEce, double? RecentHitRate, double? ReferenceHitRate);
