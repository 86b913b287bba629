using System.Globalization;
using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Reporting.Html;
using CryptoSmartTrader.Research.Reports;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Packages;
using CryptoSmartTrader.Trading.Risk;

namespace CryptoSmartTrader.Research.Session;

/// <summary>
/// Strategy packages from a notebook: make one, save it (what <c>cst strategies promote</c> and the bot take), run a
/// backtest from one — through the same <see cref="StrategyKernelFactory"/> as <c>cst backtest</c> and the bot — and
/// write the tearsheet (<c>session.Packages</c>; the model registry and clock are the session's).
/// </summary>
public sealed class ResearchPackages
{
    private readonly ResearchSession _session;

    internal ResearchPackages(ResearchSession session) => _session = session;

    /// <summary>An sma-cross package for the series' market, with the exchange's fees and the simulator's default costs; change any part before saving.</summary>
    public StrategyPackage SmaCrossPackage(IReadOnlyList<CandleSeries> series, int fast = 20, int slow = 50, decimal cash = 10_000m, string? name = null) =>
        SmaCross(series, fast, slow, cash, name);

    internal static StrategyPackage SmaCross(IReadOnlyList<CandleSeries> series, int fast, int slow, decimal cash, string? name)
    {
        var (exchange, quote) = ResearchBacktests.Market(series);
        var p = new StrategyPackage { Name = name ?? $"sma-cross-{fast}-{slow}", Description = "research session", Risk = RiskOptions.ForResearch() };
        p.Universe.Exchange = exchange.ToString();
        p.Universe.Timeframe = series[0].Timeframe.ToString();
        p.Universe.Symbols.AddRange(series.Select(s => s.Symbol.ToString()));
        p.Account.InitialCash = cash;
        p.Account.Currency = quote;
        p.Alpha.Sma = new SmaCrossOptions { Fast = fast, Slow = slow };
        return p;
    }

    /// <summary>A package trading one registered model (pinned to its current version) on the model's own market.</summary>
    public StrategyPackage ModelPackage(string model, decimal cash = 10_000m)
    {
        var shown = _session.Registry.Show(model);
        if (!shown.Ok) throw new ArgumentException(shown.Error, nameof(model));
        var m = shown.Value!;
        var p = new StrategyPackage { Name = model, Description = "research session", Risk = RiskOptions.ForResearch() };
        p.Universe.Exchange = m.Exchange;
        p.Universe.Timeframe = m.Timeframe;
        p.Universe.Symbols.AddRange(m.Symbols);
        p.Account.InitialCash = cash;
        p.Alpha.Kind = AlphaSpec.ModelsKind;
        p.Alpha.Models.Add(new ModelRef { Name = model, Version = m.CreatedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) });
        return p;
    }

    /// <summary>
    /// Checks and writes <paramref name="package"/> to <paramref name="path"/>, stamped with the code version and, when
    /// given, the fingerprints of the candles it was researched on. Problems are returned, naming the field.
    /// </summary>
    public async Task<PackageResult<string>> SavePackageAsync(StrategyPackage package, string path, IReadOnlyList<CandleSeries>? researchedOn = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(package);
        package.CreatedAt ??= _session.Time.GetUtcNow();
        package.CodeVersion ??= CodeVersion.Find();
        if (researchedOn is not null) package.DataFingerprints = DataFingerprints.Of(researchedOn, _session.DatasetsPath);
        var problems = StrategyPackageValidator.Validate(package);
        if (problems.Count > 0) return PackageResult<string>.Fail(problems.ToArray());
        await StrategyPackageJson.SaveAsync(package, path, cancellationToken);
        return PackageResult<string>.Success(Path.GetFullPath(path));
    }

    /// <summary>A package file, or <c>promoted</c>, NAME, NAME@vN of a package store (default data/strategies).</summary>
    public PackageResult<StrategyPackage> LoadPackage(string reference, string? store = null) => PackageStore.Resolve(reference, store);

    /// <summary>
    /// Backtests <paramref name="package"/> over the bars closing in [<paramref name="from"/>, <paramref name="to"/>]
    /// (earlier bars only warm up) exactly as <c>cst backtest --package</c> does; a models package predicts with its pinned
    /// registry models, which must not have been trained on the period.
    /// </summary>
    public BacktestResult Backtest(IReadOnlyList<CandleSeries> series, StrategyPackage package, DateTimeOffset from, DateTimeOffset to, int warmupBars = 200)
    {
        ArgumentNullException.ThrowIfNull(package);
        var (exchange, quote) = ResearchBacktests.Market(series);
        var problems = StrategyPackageValidator.Validate(package);
        if (problems.Count > 0) throw new ArgumentException($"package '{package.Name}': {string.Join("; ", problems)}", nameof(package));
        var blueprint = KernelBlueprint.FromPackage(package);
        var strategy = $"sma-cross({package.Alpha.Sma.Fast},{package.Alpha.Sma.Slow})";
        IReadOnlyList<string> warnings = [];
        if (package.Alpha.Kind == AlphaSpec.ModelsKind)
        {
            var opened = PackageModels.Open(package, _session.Registry, from, "from", _session.FeatureSets);
            if (!opened.Ok) throw new ArgumentException(string.Join("; ", opened.Errors), nameof(package));
            var source = opened.Value![0];
            blueprint = blueprint with { AlphaOnData = (data, _) => new PrecomputedPredictionAlpha(source.AlphaName, data.Select(source.Predict).ToArray()) };
            strategy = "model:" + package.Alpha.Models[0].Name;
            if (StoreFeatureSets.UsesDerivatives(source.FeatureSets))
            {
                warnings = StoreFeatureSets.MissingInputs(_session.DbPath, exchange, series.Select(s => s.Symbol), series[0].Timeframe, from, to, _session.Time);
            }
        }

        if (package.Alpha.Kind == AlphaSpec.XsModelKind)
        {
            // Streaming, as cst backtest --package and the bot run it: the xsection features from the bars fed so far.
            var opened = PackageModels.OpenCrossSectional(package, _session.Registry, from, "from");
            if (!opened.Ok) throw new ArgumentException(string.Join("; ", opened.Errors), nameof(package));
            var xs = opened.Value!;
            var spec = package.Alpha.XsModel!;
            blueprint = blueprint with { Alpha = u => xs.CreateAlpha(u, spec.Confidence, spec.PayoffRatio) };
            strategy = "xs-model:" + spec.Name;
        }

        var settings = new BacktestSettings(strategy, exchange, series.Select(s => s.Symbol).ToArray(), series[0].Timeframe, from, to,
            package.Account.InitialCash, quote, warmupBars, false, StrategyKernelFactory.Costs(package))
        {
            Risk = StrategyKernelFactory.LadderSettings(package),
        };
        return BacktestRunner.Run(series, blueprint, ResearchBacktests.Window(from, to, warmupBars), settings) with { Warnings = warnings };
    }

    /// <summary>
    /// Writes the run's result folder (result.json and the CSV files, plus package.json when given) and its tearsheet —
    /// the same report as <c>cst report backtest</c> — to <paramref name="htmlPath"/> (default DIR/tearsheet.html); returns the HTML path.
    /// </summary>
    public async Task<string> TearsheetAsync(BacktestResult result, string directory, StrategyPackage? package = null, string? htmlPath = null,
        CancellationToken cancellationToken = default)
    {
        await ResultsWriter.WriteAsync(result, directory, cancellationToken);
        if (package is not null) await StrategyPackageJson.SaveAsync(package, Path.Combine(directory, "package.json"), cancellationToken);
        if (!BacktestTearsheet.TryBuild(directory, out var document, out var error)) throw new InvalidDataException(error);
        var path = Path.GetFullPath(htmlPath ?? Path.Combine(directory, "tearsheet.html"));
        await HtmlReportRenderer.WriteAsync(document, path, cancellationToken);
        return path;
    }
}
