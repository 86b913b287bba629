using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Datasets;
using CryptoSmartTrader.Data.Import;
using CryptoSmartTrader.Data.Quality;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Reporting.Charts;
using Plotly.NET;

namespace CryptoSmartTrader.Research.Session;

/// <summary>
/// The one entry object for notebooks (LEAN's QuantBook idea): open a store and a dataset folder, load candles, check
/// their quality, compute features and draw charts — all by calling the same library code the bot and CLI use. It holds
/// no trading or modelling logic of its own. The rest of the facade is one focused object per task, each a property:
/// <see cref="Frames"/> (Deedle frames), <see cref="Tables"/>, <see cref="Regimes"/>, <see cref="Models"/>,
/// <see cref="Backtests"/>, <see cref="Packages"/>, <see cref="Sweeps"/> and <see cref="Derivatives"/>.
/// </summary>
public sealed class ResearchSession : IDisposable
{
    public const string DbEnvironmentVariable = "CST_DB";
    public const string ModelsEnvironmentVariable = "CST_MODELS";

    private readonly SqliteMarketStore _store;

    private ResearchSession(string? datasets, string dbPath, string modelsPath, TimeProvider time)
    {
        DatasetsPath = datasets;
        DbPath = dbPath;
        ModelsPath = modelsPath;
        Time = time;
        _store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = dbPath }, time);
        Models = new ResearchModels(this);
        Packages = new ResearchPackages(this);
        Derivatives = new ResearchDerivatives(this);
        FeatureSets = StoreFeatureSets.Create(dbPath, time);
    }

    /// <summary>History to load before a training or evaluation window so indicators and the 30d lag return are defined at its start
    /// (the same margin <c>cst train</c> uses).</summary>
    public static readonly TimeSpan WarmUp = TimeSpan.FromDays(60);

    /// <summary>Deedle frames and series of candles, features, predictions, trades and equity.</summary>
    public ResearchFrames Frames { get; } = new();

    /// <summary>HTML tables of forecast scores, backtest metrics and data quality for display(...).</summary>
    public ResearchTables Tables { get; } = new();

    /// <summary>Regimes, cross-coin features and return correlation.</summary>
    public ResearchRegimes Regimes { get; } = new();

    /// <summary>Train, evaluate, store, promote and predict with models (the registry at <see cref="ModelsPath"/>).</summary>
    public ResearchModels Models { get; }

    /// <summary>Backtests of kernel blueprints, bias checks, result files and charts.</summary>
    public ResearchBacktests Backtests { get; } = new();

    /// <summary>Strategy packages: make, save, load, backtest, tearsheet.</summary>
    public ResearchPackages Packages { get; }

    /// <summary>Grid and random parameter sweeps.</summary>
    public ResearchSweeps Sweeps { get; } = new();

    /// <summary>Cross-sectional research: rank the universe per bar (IC, rank IC, quintiles, top-k books after costs).</summary>
    public ResearchCrossSection CrossSection { get; } = new();

    /// <summary>Derivatives: the store's perpetual coverage, the <c>derivatives</c> feature set and signal studies.</summary>
    public ResearchDerivatives Derivatives { get; }

    /// <summary>The feature sets models are fed with: the defaults and <c>derivatives</c> on this session's store (<see cref="StoreFeatureSets"/>).</summary>
    public FeatureSetRegistry FeatureSets { get; }

    /// <summary>The model registry the CLI and the bot read (<see cref="ModelsPath"/>).</summary>
    public ModelRegistry Registry => new(ModelsPath, Time);

    /// <summary>The dataset folder in use (null when none was found: loading then only reads what the store holds).</summary>
    public string? DatasetsPath { get; }

    public string DbPath { get; }

    /// <summary>The model registry folder (see <see cref="Registry"/>).</summary>
    public string ModelsPath { get; }
    public TimeProvider Time { get; }
    public ICandleStore Store => _store;

    internal IDerivativesStore DerivativesStore => _store.Derivatives;

    /// <summary>Opens a session. Data location: <paramref name="datasets"/>, else CST_DATASETS, datasets/, ../shared/datasets.
    /// Store: <paramref name="db"/>, else CST_DB, else data/cst.db under the repository (or the working directory).
    /// Model registry: <paramref name="models"/>, else CST_MODELS, else data/models (the folder <c>cst train</c> and the bot use).</summary>
    public static ResearchSession Open(string? datasets = null, string? db = null, TimeProvider? time = null, string? models = null)
    {
        var folder = DatasetLocator.Find(datasets);
        var dbPath = db ?? Environment.GetEnvironmentVariable(DbEnvironmentVariable) ?? Path.Combine(RepoRootOrCurrent(), "data", "cst.db");
        var modelsPath = models ?? Environment.GetEnvironmentVariable(ModelsEnvironmentVariable) ?? Path.Combine(RepoRootOrCurrent(), "data", "models");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(dbPath))!);
        return new ResearchSession(folder, dbPath, Path.GetFullPath(modelsPath), time ?? TimeProvider.System);
    }

    /// <summary>Imports candle files (a file or folder, absolute or relative to the dataset folder) into the store.</summary>
    public Task<ImportSummary> ImportAsync(string source, string? exchange = null, CancellationToken cancellationToken = default)
    {
        var path = Path.IsPathRooted(source) || DatasetsPath is null ? source : Path.Combine(DatasetsPath, source);
        return new CandleImporter(_store).ImportAsync(path, exchange is null ? null : Exchange.Parse(exchange), null, cancellationToken);
    }

    /// <summary>
    /// Candles from the store, importing the matching dataset file first when the store has none for that series
    /// (<c>candles/&lt;exchange&gt;_spot_&lt;tf&gt;/&lt;BASE&gt;_&lt;QUOTE&gt;-&lt;tf&gt;.csv.gz</c>). Missing data stays missing.
    /// </summary>
    public async Task<CandleSeries> CandlesAsync(string exchange, string symbol, string timeframe, DateTimeOffset? from = null,
        DateTimeOffset? to = null, CancellationToken cancellationToken = default)
    {
        var ex = Exchange.Parse(exchange);
        var sym = Symbol.Parse(symbol);
        var tf = Timeframe.Parse(timeframe);
        if (await _store.LastOpenTimeAsync(ex, sym, tf, cancellationToken) is null && DatasetsPath is not null)
        {
            if (DatasetLocator.FindCandleFile(DatasetsPath, ex, sym, tf) is { } file)
            {
                var result = await new CandleImporter(_store).ImportFileAsync(file, ex, cancellationToken);
                if (result.Status == FileImportStatus.Rejected)
                {
                    throw new InvalidDataException($"dataset file {file} was rejected: {result.Reason}");
                }
            }
        }

        return await _store.LoadAsync(ex, sym, tf, from, to, cancellationToken);
    }

    /// <summary>Quality verdict of a historical series, judged as of its own last close (research is not live: the wall clock is irrelevant).</summary>
    public static DataQualityReport Quality(CandleSeries series, DataQualityOptions? options = null) =>
        DataQuality.Analyze(series, series.IsEmpty ? DateTimeOffset.UnixEpoch : series.LastCloseTime, options);

    /// <summary>Feature columns from the named set(s): <c>ta</c>, <c>regime</c>, or <c>all</c>.</summary>
    public static FeatureFrame Features(CandleSeries series, string set = "ta")
    {
        var registry = FeatureSetRegistry.CreateDefault();
        if (!registry.TryResolve(set, out var sets, out var error))
        {
            throw new ArgumentException(error, nameof(set));
        }

        var (columns, values) = FeatureSetRegistry.Compute(sets, series);
        return new FeatureFrame(series, columns, values);
    }

    /// <summary>A candlestick chart with volume and the given feature columns drawn over it.</summary>
    public static GenericChart CandleChart(CandleSeries series, FeatureFrame? features = null, params string[] overlays)
    {
        var list = overlays.Select(o => new IndicatorOverlay(o, features is null
            ? throw new ArgumentException("CandleChart: overlays need a feature frame", nameof(features))
            : features[o], OwnPanel: !o.StartsWith("sma", StringComparison.Ordinal) && !o.StartsWith("ema", StringComparison.Ordinal) && !o.StartsWith("bb_", StringComparison.Ordinal)));
        return CandlestickChart.Create(series, list, volume: true, title: $"{series.Exchange} {series.Symbol} {series.Timeframe}");
    }

    public void Dispose() => _store.Dispose();

    private static string RepoRootOrCurrent()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CryptoSmartTrader.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
