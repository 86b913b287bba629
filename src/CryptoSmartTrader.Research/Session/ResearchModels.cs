using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Evaluation;
using CryptoSmartTrader.Models.Kinds;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Models.Torch.Predictors;
using CryptoSmartTrader.Models.Torch;
using CryptoSmartTrader.Models.Training;
using CryptoSmartTrader.Reporting.Charts;
using Plotly.NET;

namespace CryptoSmartTrader.Research.Session;

/// <summary>
/// Models from a notebook (<c>session.Models</c>): train (tree, linear and deep kinds), evaluate, store, promote and
/// predict with the library's trainer and the registry the CLI and the bot read (<see cref="ResearchSession.Registry"/>).
/// </summary>
public sealed class ResearchModels
{
    private readonly ResearchSession _session;

    internal ResearchModels(ResearchSession session) => _session = session;

    /// <summary>
    /// Trains one model per horizon with the library's walk-forward trainer (out-of-fold calibration and conformal intervals) plus the
    /// naive baselines, exactly as <c>cst train</c> does. Samples start at <paramref name="from"/>; every label window ends by
    /// <paramref name="to"/>. The bundle is not stored: pass it to <see cref="Save"/>. <paramref name="kind"/> is any registered
    /// kind (<see cref="ModelKinds.Names"/>: xgboost, linear, stacked, regime-routed, lstm, transformer, nbeats, …);
    /// <paramref name="settings"/> are its recorded settings (e.g. XGBoost's max_depth, a deep model's window), defaults when left out.
    /// </summary>
    public ModelBundle Train(IReadOnlyList<CandleSeries> series, string name, string horizons, DateTimeOffset from, DateTimeOffset to,
        string features = "ta", string kind = "xgboost", TimeSpan? stride = null, int seed = 1, IProgress<string>? progress = null,
        CancellationToken cancellationToken = default, IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (to <= from)
        {
            throw new ArgumentException($"Train: to {to:O} must be after from {from:O}", nameof(to));
        }

        // The one list of kinds (ModelKinds) that cst train and every retrain use; deep kinds join it once registered.
        Models.Torch.Predictors.TorchPredictors.RegisterLoaders();
        var modelKind = ModelKinds.Find(kind, out var kindError) ?? throw new ArgumentException($"Train: kind: {kindError}", nameof(kind));
        var (sets, descriptor) = ResolveModelFeatures(features);
        if (modelKind.CheckFeatures(descriptor) is { } featureError) throw new ArgumentException($"Train: {featureError}", nameof(features));
        var hs = ParseHorizons(horizons);
        var request = new ModelKindRequest { Seed = seed, Horizons = hs, Settings = settings ?? new Dictionary<string, string>() };
        var created = modelKind.Create(request);
        if (!created.Ok) throw new ArgumentException($"Train: {created.Error}", nameof(settings));
        var frames = series.Select(s => FeatureFrames.Compute(sets, s)).ToArray();
        return MultiHorizonTrainer.Train(frames, new TrainingRequest
        {
            Name = name,
            Horizons = hs,
            FeatureSet = descriptor,
            Predictor = created.Predictor!,
            Dataset = new DatasetOptions { From = from, LabelsEndBy = to, Stride = stride, SequenceLength = modelKind.SequenceLength(request) },
            Seed = seed,
            Hyperparameters = created.Recorded,
        }, _session.Time, progress, cancellationToken);
    }

    /// <summary>Out-of-sample scores of the model and its naive baselines per horizon on [<paramref name="from"/>, <paramref name="to"/>]
    /// (as <c>cst evaluate</c>). Horizons with no samples in the window are left out.</summary>
    public IReadOnlyList<HorizonMetrics> Evaluate(ModelBundle bundle, IReadOnlyList<CandleSeries> series, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var rows = new List<HorizonMetrics>();
        foreach (var (code, model) in bundle.Horizons)
        {
            var data = EvaluationData(bundle, model, series, from, to);
            if (data.Count == 0)
            {
                continue;
            }

            rows.Add(ModelEvaluator.Evaluate(model, data, bundle.Metadata.Name));
            rows.AddRange(bundle.Baselines.Where(b => b.Key.EndsWith("@" + code, StringComparison.Ordinal))
                .Select(b => ModelEvaluator.Evaluate(b.Value, data, b.Key[..b.Key.IndexOf('@', StringComparison.Ordinal)])));
        }

        return rows;
    }

    /// <summary>Reliability diagram of one horizon's calibrated P(up) against realised up moves on a window.</summary>
    public GenericChart ReliabilityChart(ModelBundle bundle, string horizon, IReadOnlyList<CandleSeries> series, DateTimeOffset from, DateTimeOffset to,
        int bins = 10)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var model = bundle.For(Horizon.Parse(horizon));
        var data = EvaluationData(bundle, model, series, from, to);
        if (data.Count == 0)
        {
            throw new ArgumentException($"ReliabilityChart: no {horizon} samples between {from:O} and {to:O} ({data.Report})", nameof(series));
        }

        var scored = model.Score(data.X);
        return ReliabilityDiagram.Create(scored.ProbabilityUp, data.Up.Select(u => u > 0.5).ToArray(), bins,
            $"Reliability {bundle.Metadata.Name} {horizon} ({from:yyyy-MM-dd} .. {to:yyyy-MM-dd})");
    }

    /// <summary>Stores a trained bundle as a candidate in <see cref="Registry"/>.</summary>
    public RegistryResult<ModelMetadata> Save(ModelBundle bundle) => _session.Registry.Save(bundle);

    /// <summary>Promotes a stored model: the bot loads the promoted model.</summary>
    public RegistryResult<ModelMetadata> Promote(string name) => _session.Registry.Promote(name);

    /// <summary>Loads a stored model with the feature set it was trained on (refused when the features changed since).</summary>
    public RegistryResult<ModelBundle> LoadModel(string name)
    {
        var shown = _session.Registry.Show(name);
        if (!shown.Ok)
        {
            return RegistryResult<ModelBundle>.Failure(shown.Error!);
        }

        var (_, descriptor) = ResolveModelFeatures(shown.Value!.FeatureSet.Name);
        return _session.Registry.Load(name, descriptor);
    }

    /// <summary>What the model predicts for each symbol from the last bar closed at or before <paramref name="asOf"/> — the same
    /// inference rows the bot builds. Symbols without defined features are skipped, never filled.</summary>
    public (IReadOnlyList<Prediction> Predictions, IReadOnlyList<string> Skipped) PredictLatest(ModelBundle bundle, string horizon,
        IReadOnlyList<CandleSeries> series, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var model = bundle.For(Horizon.Parse(horizon));
        var (sets, _) = ResolveModelFeatures(bundle.Metadata.FeatureSet.Name);
        var rows = InferenceRows.Latest(series.Select(s => FeatureFrames.Compute(sets, s)).ToArray(), model.Schema, asOf);
        var version = bundle.Metadata.CreatedAt.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (model.Predict(rows.Rows, rows.Symbols, rows.AsOf, bundle.Metadata.Name, version), rows.Skipped);
    }

    private LabeledDataset EvaluationData(ModelBundle bundle, HorizonModel model, IReadOnlyList<CandleSeries> series, DateTimeOffset from, DateTimeOffset to)
    {
        var (sets, _) = ResolveModelFeatures(bundle.Metadata.FeatureSet.Name);
        var schema = model.Schema;
        return DatasetBuilder.Build(series.Select(s => FeatureFrames.Compute(sets, s)).ToArray(), new DatasetOptions
        {
            Horizon = schema.Horizon, From = from, LabelsEndBy = to, IndicatorSymbols = schema.Symbols,
            IncludeLagReturn = schema.IncludeLagReturn, IncludeSymbolIndicators = schema.IncludeSymbolIndicators,
            SequenceLength = schema.SequenceLength,
        });
    }

    // The session's registry (StoreFeatureSets on its store): derivatives models train, evaluate and predict here as in the CLI and the bot.
    private (IReadOnlyList<IFeatureSet> Sets, FeatureSetDescriptor Descriptor) ResolveModelFeatures(string name)
    {
        if (!_session.FeatureSets.TryResolve(name, out var sets, out var error))
        {
            throw new ArgumentException(error, nameof(name));
        }

        return (sets, FeatureSetDescriptor.FromColumns(name.Trim().ToLowerInvariant(), FeatureFrames.Columns(sets)));
    }

    private static IReadOnlyList<Horizon> ParseHorizons(string horizons)
    {
        var list = horizons.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Horizon.Parse).Distinct().ToArray();
        return list.Length > 0 ? list : throw new ArgumentException($"horizons: expected e.g. 1h,24h,7d, got '{horizons}'", nameof(horizons));
    }

    /// <summary>Null when the deep models (lstm, transformer, nbeats on TorchSharp's libtorch) can run here, else why not — check it before <see cref="TrainDeep"/>.</summary>
    public string? DeepModelsUnavailable
    {
        get
        {
            var availability = TorchRuntime.Availability;
            return availability.IsAvailable ? null : availability.Detail;
        }
    }

    /// <summary>
    /// Trains a deep sequence model per horizon (<paramref name="kind"/>: lstm, transformer or nbeats) exactly as
    /// <c>cst train --model-type KIND</c> does: each sample is the <paramref name="window"/> bars of one symbol ending at
    /// its bar (windows with a gap are dropped), pooled over symbols, walk-forward with out-of-fold calibration and
    /// conformal intervals, plus the naive baselines. The bundle is not stored: pass it to <see cref="Save"/>.
    /// <paramref name="threads"/>: libtorch CPU threads (0: its default; 1 is often faster on a busy shared machine).
    /// Throws <see cref="InvalidOperationException"/> with the reason when libtorch is unavailable (see <see cref="DeepModelsUnavailable"/>).
    /// </summary>
    public ModelBundle TrainDeep(IReadOnlyList<CandleSeries> series, string name, string horizons, DateTimeOffset from, DateTimeOffset to,
        string kind = "lstm", int epochs = 10, int window = 24, int hidden = 32, string features = "ta", TimeSpan? stride = null, int seed = 1,
        int threads = 0, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (to <= from)
        {
            throw new ArgumentException($"TrainDeep: to {to:O} must be after from {from:O}", nameof(to));
        }

        var modelKind = kind.Trim().ToLowerInvariant() switch
        {
            "lstm" => TorchModelKind.Lstm,
            "transformer" => TorchModelKind.Transformer,
            "nbeats" => TorchModelKind.NBeats,
            _ => throw new ArgumentException($"TrainDeep: kind: expected lstm, transformer or nbeats, got '{kind}'", nameof(kind)),
        };
        var options = new TorchPredictorOptions
        {
            Kind = modelKind, Epochs = epochs, Window = window, Hidden = hidden, Heads = TorchPredictorOptions.HeadsFor(Math.Max(1, hidden)),
            Seed = unchecked((ulong)seed), Threads = threads,
        };
        if (TorchPredictor.TryCreate(options) is { IsAvailable: false } unavailable)
        {
            throw new InvalidOperationException(unavailable.Unavailable);
        }

        var (sets, descriptor) = ResolveModelFeatures(features);
        var frames = series.Select(s => FeatureFrames.Compute(sets, s)).ToArray();
        return MultiHorizonTrainer.Train(frames, new TrainingRequest
        {
            Name = name,
            Horizons = ParseHorizons(horizons),
            FeatureSet = descriptor,
            Predictor = _ => TorchPredictor.TryCreate(options).Predictor!,
            Dataset = new DatasetOptions { From = from, LabelsEndBy = to, Stride = stride, SequenceLength = window },
            Seed = seed,
            Hyperparameters = options.Describe(),
        }, _session.Time, progress, cancellationToken);
    }
}
