using System.Text.Json.Nodes;
using CryptoSmartTrader.Models.Datasets;

namespace CryptoSmartTrader.Models.Predictors;

/// <summary>A fitted model: raw (uncalibrated) probability of an up move and expected log return per row.</summary>
public interface IFittedPredictor : IDisposable
{
    string Kind { get; }

    PredictorOutput Predict(FeatureRows rows);

    /// <summary>Everything needed to rebuild the model with <see cref="PredictorStore.Load"/>.</summary>
    JsonObject Save();
}
