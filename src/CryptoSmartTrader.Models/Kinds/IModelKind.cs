using CryptoSmartTrader.Models.Registry;

namespace CryptoSmartTrader.Models.Kinds;

/// <summary>
/// One kind of model (<c>xgboost</c>, <c>stacked</c>, <c>lstm</c>, …): how to build its untrained predictor per horizon
/// from text settings — the CLI's options or a stored model's recorded hyperparameters, so training and retraining use
/// the same code. Kinds in this assembly are found by <see cref="ModelKinds"/> (a new kind is one file implementing this
/// interface); other assemblies register theirs with <see cref="ModelKinds.Register"/> (Models.Torch: <c>TorchPredictors.RegisterLoaders</c>).
/// </summary>
public interface IModelKind
{
    /// <summary>The name <c>cst train --model-type</c>, the facade and stored metadata use.</summary>
    string Name { get; }

    string Description { get; }

    /// <summary>Whether <c>--search-budget</c> (XGBoost hyperparameter search) applies.</summary>
    bool SupportsSearch => false;

    /// <summary>Samples per training row (a sequence model's window); 1 for tabular models.</summary>
    int SequenceLength(ModelKindRequest request) => 1;

    /// <summary>Null when the feature set suits the kind; otherwise what is missing.</summary>
    string? CheckFeatures(FeatureSetDescriptor features) => null;

    /// <summary>The predictor factory and the settings to record, or the reason it cannot be built (a bad setting, a missing backend).</summary>
    ModelKindResult Create(ModelKindRequest request);
}
