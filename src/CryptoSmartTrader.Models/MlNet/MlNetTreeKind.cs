namespace CryptoSmartTrader.Models.MlNet;

/// <summary>The ML.NET gradient-boosted tree learners; the lower-case name is the predictor kind stored with saved models.</summary>
public enum MlNetTreeKind
{
    LightGbm,
    FastTree,
}
