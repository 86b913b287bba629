using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Evaluation;
using CryptoSmartTrader.Models.Kinds;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Models.Training;
using CryptoSmartTrader.Reporting.Charts;
using Plotly.NET;

namespace CryptoSmartTrader.Research.Session;

public sealed partial class ResearchSession
{
    /// <summary>History to load before a training or evaluation window so indicators and the 30d lag return are defined at its start
    /// (the same margin <c>cst train</c> uses).</summary>
    public static readonly TimeSpan WarmUp = TimeSpan.FromDays(60);

    /// <summary>The model registry the CLI and the bot read (<see cref="ModelsPath"/>).</summary>
    public ModelRegistry Registry => new(ModelsPath, Time);

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
        }, Time, progress, cancellationToken);
    }

    /// <summary>Out-of-sample scores of the model and its naive baselines per horizon on [<paramref name="from"/>, <paramref name="to"/>]
    /// (as <c>cst evaluate</c>). Horizons with no samples in the window are left out.</summary>
    public static IReadOnlyList<HorizonMetrics> Evaluate(ModelBundle bundle, IReadOnlyList<CandleSeries> series, DateTimeOffset from, DateTimeOffset to)
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
    public static GenericChart ReliabilityChart(ModelBundle bundle, string horizon, IReadOnlyList<CandleSeries> series, DateTimeOffset from, DateTimeOffset to,
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
    public RegistryResult<ModelMetadata> Save(ModelBundle bundle) => Registry.Save(bundle);

    /// <summary>Promotes a stored model: the bot loads the promoted model.</summary>
    public RegistryResult<ModelMetadata> Promote(string name) => Registry.Promote(name);

    /// <summary>Loads a stored model with the feature set it was trained on (refused when the features changed since).</summary>
    public RegistryResult<ModelBundle> LoadModel(string name)
    {
        var shown = Registry.Show(name);
        if (!shown.Ok)
        {
            return RegistryResult<ModelBundle>.Failure(shown.Error!);
        }

        var (_, descriptor) = ResolveModelFeatures(shown.Value!.FeatureSet.Name);
        return Registry.Load(name, descriptor);
    }

    /// <summary>What the model predicts for each symbol from the last bar closed at or before <paramref name="asOf"/> — the same
    /// inference rows the bot builds. Symbols without defined features are skipped, never filled.</summary>
    public static (IReadOnlyList<Prediction> Predictions, IReadOnlyList<string> Skipped) PredictLatest(ModelBundle bundle, string horizon,
        IReadOnlyList<CandleSeries> series, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var model = bundle.For(Horizon.Parse(horizon));
        var (sets, _) = ResolveModelFeatures(bundle.Metadata.FeatureSet.Name);
        var rows = InferenceRows.Latest(series.Select(s => FeatureFrames.Compute(sets, s)).ToArray(), model.Schema, asOf);
        var version = bundle.Metadata.CreatedAt.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (model.Predict(rows.Rows, rows.Symbols, rows.AsOf, bundle.Metadata.Name, version), rows.Skipped);
    }

    private static LabeledDataset EvaluationData(ModelBundle bundle, HorizonModel model, IReadOnlyList<CandleSeries> series, DateTimeOffset from, DateTimeOffset to)
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

    private static (IReadOnlyList<IFeatureSet> Sets, FeatureSetDescriptor Descriptor) ResolveModelFeatures(string name)
    {
        if (!FeatureSetRegistry.CreateDefault().TryResolve(name, out var sets, out var error))
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
}
