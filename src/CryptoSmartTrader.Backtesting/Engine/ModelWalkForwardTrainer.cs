using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Models.Training;
using CryptoSmartTrader.Trading.Alpha;

namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>
/// Walk-forward with a model: per window it retrains a registered model's recipe (feature set, predictor kind,
/// hyperparameters, input schema) through <see cref="MultiHorizonTrainer"/> on the window's training samples only —
/// horizon = the model's shortest, labels ending at least one horizon before the first out-of-sample bar (purge and
/// embargo) — and trades the window's out-of-sample bars with that model's point-in-time predictions. The registered
/// model itself is never traded, so its own training period does not matter. <see cref="Trained"/> records each
/// window's training span.
/// </summary>
public sealed class ModelWalkForwardTrainer
{
    private readonly ModelMetadata _recipe;
    private readonly DatasetSchema _schema;
    private readonly ResolvedFeatureSet _features;
    private readonly Func<IPredictor> _predictor;
    private readonly ModelRetrainOptions _options;
    private readonly List<WindowTraining> _trained = [];

    private ModelWalkForwardTrainer(ModelMetadata recipe, DatasetSchema schema, ResolvedFeatureSet features, Func<IPredictor> predictor, ModelRetrainOptions options)
    {
        (_recipe, _schema, _features, _predictor, _options) = (recipe, schema, features, predictor, options);
    }

    public string ModelName => _recipe.Name;
    public string PredictorKind => _recipe.PredictorKind;
    public Horizon Horizon => _schema.Horizon;

    /// <summary>The windows trained so far, in order.</summary>
    public IReadOnlyList<WindowTraining> Trained => _trained;

    /// <summary>Reads model <paramref name="name"/>'s recipe; a failure when it is unknown, its features changed, or its predictor kind cannot be retrained here.</summary>
    /// <param name="featureSets">Resolves the model's feature-set name (default <see cref="FeatureSetRegistry.CreateDefault()"/>; the CLI passes the
    /// one built on its market store, which also holds <c>derivatives</c>).</param>
    public static RegistryResult<ModelWalkForwardTrainer> FromRegistry(ModelRegistry registry, string name, ModelRetrainOptions? options = null,
        FeatureSetRegistry? featureSets = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        options ??= new ModelRetrainOptions();
        options.Validate();
        var shown = registry.Show(name);
        if (!shown.Ok) return RegistryResult<ModelWalkForwardTrainer>.Failure(shown.Error!);
        var features = FeatureSetCatalog.Resolve(shown.Value!.FeatureSet.Name, featureSets);
        if (!features.Ok) return RegistryResult<ModelWalkForwardTrainer>.Failure(features.Error!);
        if (!RecordedPredictor.TryCreate(shown.Value, options.XGBoostRounds, out var predictor, out var error))
        {
            return RegistryResult<ModelWalkForwardTrainer>.Failure(error);
        }

        var loaded = registry.Load(name, features.Value!.Descriptor);
        if (!loaded.Ok) return RegistryResult<ModelWalkForwardTrainer>.Failure(loaded.Error!);
        using var bundle = loaded.Value!;
        if (bundle.Horizons.Count == 0) return RegistryResult<ModelWalkForwardTrainer>.Failure($"model '{name}' has no horizon models");
        var schema = bundle.Horizons.Values.OrderBy(h => h.Horizon.Duration).First().Schema;
        return RegistryResult<ModelWalkForwardTrainer>.Success(new ModelWalkForwardTrainer(bundle.Metadata, schema, features.Value, predictor, options));
    }

    /// <summary>
    /// The trainer for <see cref="WalkForwardRunner"/> over <paramref name="series"/> (the runner's series, same order:
    /// features are computed once over them; each value at a bar uses only that bar and earlier ones).
    /// </summary>
    public AlphaTrainer Trainer(IReadOnlyList<CandleSeries> series, TimeProvider timeProvider, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(timeProvider);
        IReadOnlyList<SymbolFrame>? frames = null;
        return (window, _, universe) =>
        {
            frames ??= series.Select(s => FeatureFrames.Compute(_features.Sets, s)).ToArray();
            var labelsEnd = window.TestFrom - _schema.Horizon.Duration * _options.EmbargoHorizons;
            var request = new TrainingRequest
            {
                Name = $"{_recipe.Name}-wf{window.Index}",
                Horizons = [_schema.Horizon],
                FeatureSet = _features.Descriptor,
                Predictor = _ => _predictor(),
                Hyperparameters = _recipe.Hyperparameters,
                Dataset = new DatasetOptions
                {
                    From = window.TrainFrom,
                    LabelsEndBy = labelsEnd,
                    Stride = _options.Stride,
                    IncludeLagReturn = _schema.IncludeLagReturn,
                    IncludeSymbolIndicators = _schema.IncludeSymbolIndicators,
                    SequenceLength = _schema.SequenceLength,
                },
                IncludeBaselines = false,
                Seed = _recipe.Seed,
            };
            progress?.Report($"window {window.Index}: training {request.Name} on samples {window.TrainFrom:yyyy-MM-dd} .. labels ending {labelsEnd:yyyy-MM-dd'T'HH:mm}");
            ModelBundle bundle;
            try
            {
                bundle = MultiHorizonTrainer.Train(frames, request, timeProvider);
            }
            catch (ArgumentException ex)
            {
                // Too few samples in the window (short window, warm-up, gaps): an expected failure of the settings, named as such.
                throw new InvalidOperationException($"walk-forward window {window.Index} (samples from {window.TrainFrom:yyyy-MM-dd'T'HH:mm'Z'}, " +
                    $"labels ending by {labelsEnd:yyyy-MM-dd'T'HH:mm'Z'}): {ex.Message}", ex);
            }

            using var source = ModelAlphaSource.FromBundle(bundle, _features.Sets);
            var meta = source.Metadata;
            _trained.Add(new WindowTraining(window.Index, meta.Name, meta.TrainFrom, meta.TrainTo, meta.TrainTo + _schema.Horizon.Duration, window.TestFrom, window.TestTo));
            var predictions = frames.Select(f => source.Predict(f, window.TestFrom.AddMilliseconds(1), window.TestTo)).ToArray();
            return new PrecomputedPredictionAlpha(source.AlphaName, predictions);
        };
    }
}
