using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Registry;

namespace CryptoSmartTrader.Models.Training;

/// <summary>What <see cref="MultiHorizonTrainer"/> should train: one model per horizon on the same symbol frames.</summary>
public sealed record TrainingRequest
{
    public required string Name { get; init; }
    public required IReadOnlyList<Horizon> Horizons { get; init; }
    public required FeatureSetDescriptor FeatureSet { get; init; }

    /// <summary>Builds the predictor for a horizon (a fresh instance per horizon).</summary>
    public required Func<Horizon, IPredictor> Predictor { get; init; }

    public IReadOnlyDictionary<string, string> Hyperparameters { get; init; } = new Dictionary<string, string>();
    public DatasetOptions Dataset { get; init; } = new();
    public TrainerOptions Trainer { get; init; } = new();
    public bool IncludeBaselines { get; init; } = true;
    public int? Seed { get; init; }
}
