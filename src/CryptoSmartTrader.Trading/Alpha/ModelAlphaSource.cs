using System.Globalization;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Models.Training;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Alpha;

/// <summary>
/// A registered model opened for trading: its shortest-horizon <see cref="HorizonModel"/> and the feature sets it was
/// trained on. Predictions are point-in-time: the prediction at a bar close uses only that bar and earlier ones.
/// <see cref="Predict(CandleSeries)"/> computes a whole series at once (backtests); <see cref="CreateAlpha"/> gives an
/// <see cref="IAlphaModel"/> that predicts each bar close from the bars it has been fed (the bot), with the same values.
/// </summary>
public sealed class ModelAlphaSource : IDisposable
{
    private readonly ModelBundle _bundle;

    private ModelAlphaSource(ModelBundle bundle, IReadOnlyList<IFeatureSet> sets)
    {
        _bundle = bundle;
        FeatureSets = sets;
        Model = bundle.Horizons.Values.OrderBy(h => h.Horizon.Duration).First();
        Version = bundle.Metadata.CreatedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
    }

    public ModelMetadata Metadata => _bundle.Metadata;

    /// <summary>The model of the shortest horizon, the one traded.</summary>
    public HorizonModel Model { get; }

    public Horizon Horizon => Model.Horizon;

    public IReadOnlyList<IFeatureSet> FeatureSets { get; }

    /// <summary>Recorded in predictions as the model version: the creation time in Unix ms.</summary>
    public string Version { get; }

    /// <summary>The alpha name recorded in decisions, e.g. <c>model:btc-v1(1h)</c>.</summary>
    public string AlphaName => $"model:{Metadata.Name}({Horizon})";

    /// <summary>
    /// Opens model <paramref name="name"/> to trade from <paramref name="tradeFrom"/>. Refused (a failure, not an
    /// exception) when the model is unknown, when its features no longer match the code, or when its training data
    /// reaches <paramref name="tradeFrom"/> (the trades would be in-sample). <paramref name="startLabel"/> names the
    /// start in that message (the CLI passes <c>--from</c>). <paramref name="featureSets"/> resolves the model's feature-set
    /// name (default <see cref="FeatureSetRegistry.CreateDefault()"/>); the bot passes one that also holds <c>derivatives</c>
    /// reading its market store.
    /// </summary>
    public static RegistryResult<ModelAlphaSource> Open(ModelRegistry registry, string name, DateTimeOffset tradeFrom, string startLabel = "the start",
        FeatureSetRegistry? featureSets = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var shown = registry.Show(name);
        if (!shown.Ok) return RegistryResult<ModelAlphaSource>.Failure(shown.Error!);
        var meta = shown.Value!;
        if (meta.TrainTo >= tradeFrom)
        {
            return RegistryResult<ModelAlphaSource>.Failure($"trained on data up to {Iso(meta.TrainTo)}, which is not before {startLabel} {Iso(tradeFrom)}; " +
                "a backtest there would be in-sample. Start after the training period.");
        }

        var features = FeatureSetCatalog.Resolve(meta.FeatureSet.Name, featureSets);
        if (!features.Ok) return RegistryResult<ModelAlphaSource>.Failure(features.Error!);
        var loaded = registry.Load(name, features.Value!.Descriptor);
        if (!loaded.Ok) return RegistryResult<ModelAlphaSource>.Failure(loaded.Error!);
        if (loaded.Value!.Horizons.Count == 0)
        {
            loaded.Value.Dispose();
            return RegistryResult<ModelAlphaSource>.Failure($"model '{name}' has no horizon models");
        }

        return RegistryResult<ModelAlphaSource>.Success(new ModelAlphaSource(loaded.Value, features.Value.Sets));
    }

    /// <summary>
    /// Wraps a bundle trained in this process (walk-forward retraining, the bot's scheduled retrain) without the registry;
    /// takes ownership of <paramref name="bundle"/>. <paramref name="sets"/> must be the sets its features came from.
    /// </summary>
    public static ModelAlphaSource FromBundle(ModelBundle bundle, IReadOnlyList<IFeatureSet> sets)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(sets);
        if (bundle.Horizons.Count == 0) throw new ArgumentException($"model '{bundle.Metadata.Name}' has no horizon models", nameof(bundle));
        return new ModelAlphaSource(bundle, sets);
    }

    /// <summary>
    /// One prediction per bar close of <paramref name="series"/> (keyed by close time in Unix ms) where every input is
    /// defined; bars in the features' warm-up or after a gap that leaves the lag return undefined get none.
    /// </summary>
    public IReadOnlyDictionary<long, Prediction> Predict(CandleSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Predict(FeatureFrames.Compute(FeatureSets, series));
    }

    /// <summary>
    /// As <see cref="Predict(CandleSeries)"/> from features already computed with <see cref="FeatureSets"/> (computed once,
    /// scored by several models); only bars closing in [<paramref name="fromClose"/>, <paramref name="toClose"/>] are scored.
    /// </summary>
    public IReadOnlyDictionary<long, Prediction> Predict(SymbolFrame frame, DateTimeOffset? fromClose = null, DateTimeOffset? toClose = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var series = frame.Series;
        var start = fromClose is { } f ? series.IndexOfLastClosedAt(f.AddTicks(-1)) + 1 : 0;
        var end = toClose is { } t ? series.IndexOfLastClosedAt(t) : series.Count - 1;
        var rows = ModelInputRows.Build(this, frame, start, end);
        var result = new Dictionary<long, Prediction>(rows.Count);
        if (rows.Count == 0) return result;
        var predictions = rows.Predict(this);
        for (var k = 0; k < rows.Count; k++) result[series.CloseTimeMs[rows.Index[k]]] = predictions[k];
        return result;
    }

    /// <summary>The prediction at the last bar of <paramref name="history"/>, or null when its inputs are not defined there.</summary>
    public Prediction? PredictLast(CandleSeries history)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.IsEmpty) return null;
        var rows = ModelInputRows.Build(this, FeatureFrames.Compute(FeatureSets, history), history.Count - 1, history.Count - 1);
        return rows.Count == 0 ? null : rows.Predict(this)[0];
    }

    /// <summary>An alpha for <paramref name="universe"/> that predicts each bar close from the bars it has seen (see <see cref="StreamingModelAlpha"/>).</summary>
    public StreamingModelAlpha CreateAlpha(TradingUniverse universe, StreamingModelAlphaOptions? options = null) =>
        new(this, universe, options ?? new StreamingModelAlphaOptions());

    public void Dispose() => _bundle.Dispose();

    private static string Iso(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
}
