namespace CryptoSmartTrader.Models.Drift;

/// <summary>Thresholds. PSI 0.1 / 0.25 are the usual credit-scoring conventions for moderate / major shifts.</summary>
public sealed record DriftOptions
{
    public double PsiModerate { get; init; } = 0.1;
    public double PsiSevere { get; init; } = 0.25;

    /// <summary>A KS p-value below this marks at least moderate drift.</summary>
    public double KsPValue { get; init; } = 0.001;

    public double EceModerate { get; init; } = 0.05;
    public double EceSevere { get; init; } = 0.1;

    /// <summary>Drop in hit rate (recent vs the training out-of-fold rate) that marks decay.</summary>
    public double HitRateDropModerate { get; init; } = 0.05;
    public double HitRateDropSevere { get; init; } = 0.1;

    /// <summary>Share of drifting features (moderate or worse) that makes feature drift severe on its own.</summary>
    public double SevereFeatureShare { get; init; } = 0.3;

    public int MinRecentOutcomes { get; init; } = 100;
}
