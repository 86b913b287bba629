namespace CryptoSmartTrader.Models.Importance;

/// <summary>XGBoost's importance types (XGBoosterFeatureScore): split count, mean gain or mean cover per split, or their totals.</summary>
public enum TreeImportanceType
{
    Weight,
    Gain,
    Cover,
    TotalGain,
    TotalCover,
}
