using CryptoSmartTrader.Models.Native;

namespace CryptoSmartTrader.Models.Predictors;

/// <summary>A fitted XGBoost model's boosters, for tree feature importance.</summary>
internal interface ITreeModel
{
    XGBoostBooster Classifier { get; }
    XGBoostBooster Regressor { get; }
    int Columns { get; }
}
