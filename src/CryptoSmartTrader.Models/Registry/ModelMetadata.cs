using CryptoSmartTrader.Models.Evaluation;

namespace CryptoSmartTrader.Models.Registry;

/// <summary>Everything needed to audit and reproduce a stored model (written as metadata.json beside the model files).</summary>
public sealed record ModelMetadata
{
    public required string Name { get; init; }
    public ModelState State { get; init; } = ModelState.Candidate;
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? PromotedAt { get; init; }
    public DateTimeOffset? RetiredAt { get; init; }
    public required string PredictorKind { get; init; }
    public required FeatureSetDescriptor FeatureSet { get; init; }
    public required IReadOnlyList<string> Horizons { get; init; }
    public required string Exchange { get; init; }
    public required string Timeframe { get; init; }
    public required IReadOnlyList<string> Symbols { get; init; }
    public required DateTimeOffset TrainFrom { get; init; }
    public required DateTimeOffset TrainTo { get; init; }

    /// <summary>Dataset fingerprint per horizon (see <see cref="Datasets.LabeledDataset.Fingerprint"/>).</summary>
    public required IReadOnlyDictionary<string, string> DataFingerprints { get; init; }

    public required IReadOnlyDictionary<string, string> Hyperparameters { get; init; }

    /// <summary>Walk-forward out-of-fold metrics per horizon, the model's and the baselines'.</summary>
    public required IReadOnlyList<HorizonMetrics> Metrics { get; init; }

    public required string CodeVersion { get; init; }
    public int? Seed { get; init; }

    /// <summary>
    /// Set for a cross-sectional ranking model (<see cref="CrossSection.CrossSectionalModelTrainer"/>): its universe, target,
    /// horizon and factor windows, everything needed to compute its inputs again. Null for per-symbol models.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public CrossSection.CrossSectionalModelInfo? CrossSection { get; init; }
}
