using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Risk;

namespace CryptoSmartTrader.Trading.Packages;

/// <summary>
/// Everything that decides orders, in one versioned document (JSON, camelCase; docs/strategy-packages.md): what is traded,
/// the alpha, construction, sizing, risk, execution with its protective stops, and the simulated venue's costs. The
/// backtester, the notebooks and the bot all turn it into a kernel through <see cref="StrategyKernelFactory"/>, so a
/// package gives the same orders on the same bars wherever it runs. Read files with <see cref="StrategyPackageJson.Load"/>,
/// which refuses unknown keys and invalid values.
/// </summary>
public sealed class StrategyPackage
{
    /// <summary>The package format this code reads and writes; a file with another one is refused.</summary>
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    /// <summary>A name for people and the package store (letters, digits, '-', '_', '.').</summary>
    public string Name { get; set; } = "strategy";

    /// <summary>Free text: where the package came from (the command line, the notebook).</summary>
    public string? Description { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>The git commit of the code that wrote the package (null when unknown), so a result can be traced to code.</summary>
    public string? CodeVersion { get; set; }

    /// <summary>Fingerprints of the candles the package was researched on (empty for hand-written packages).</summary>
    public List<DataFingerprint> DataFingerprints { get; set; } = [];

    public UniverseSpec Universe { get; set; } = new();
    public AccountSpec Account { get; set; } = new();
    public AlphaSpec Alpha { get; set; } = new();
    public ConstructionSpec Construction { get; set; } = new();
    public SizingSpec Sizing { get; set; } = new();

    /// <summary>Every threshold of the risk engine, the ladder's hysteresis and its recovery policy included.</summary>
    public RiskOptions Risk { get; set; } = new();

    /// <summary>The execution algorithm (market, limit, post-only, TWAP, iceberg) and the protective stops.</summary>
    public ExecutionOptions Execution { get; set; } = new();

    /// <summary>The simulated venue's cost model; a live venue ignores it (the exchange charges what it charges).</summary>
    public VenueSpec Venue { get; set; } = new();

    /// <summary>A deep copy (through JSON), for changing one part without touching the original.</summary>
    public StrategyPackage Clone() => StrategyPackageJson.Parse(StrategyPackageJson.Serialize(this), "clone").Value
        ?? throw new InvalidOperationException("package: a valid package failed to round-trip through JSON");
}

/// <summary>What is traded.</summary>
public sealed class UniverseSpec
{
    public string Exchange { get; set; } = "binance";
    public string Timeframe { get; set; } = "1h";

    /// <summary>Pairs such as BTC/USDT; all must share one quote currency, the account currency.</summary>
    public List<string> Symbols { get; set; } = [];
}

/// <summary>The account the kernel books in.</summary>
public sealed class AccountSpec
{
    public decimal InitialCash { get; set; } = 10_000m;

    /// <summary>Null: the symbols' quote currency.</summary>
    public string? Currency { get; set; }

    /// <summary>A target change smaller than this fraction of equity is not traded.</summary>
    public double RebalanceThreshold { get; set; } = 0.02;

    /// <summary>Correlation cluster per symbol (e.g. "BTC/USDT": "majors") for the cluster exposure cap.</summary>
    public Dictionary<string, string> Clusters { get; set; } = [];

    public int CorrelationWarmup { get; set; } = 50;
}

/// <summary>The alpha: a rule with its parameters, or registry models by name and version.</summary>
public sealed class AlphaSpec
{
    public const string SmaCrossKind = "sma-cross";
    public const string ModelsKind = "models";
    public const string XsFactorKind = "xs-factor";
    public const string XsModelKind = "xs-model";

    /// <summary>
    /// <c>sma-cross</c>, <c>models</c>, <c>xs-factor</c> (a cross-sectional momentum/reversal ranking, settings in
    /// <see cref="XsFactor"/>) or <c>xs-model</c> (a trained cross-sectional ranking model from the registry, <see cref="XsModel"/>).
    /// </summary>
    public string Kind { get; set; } = SmaCrossKind;

    /// <summary>Parameters of <c>xs-factor</c>; null: defaults.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public CrossSectionalFactorOptions? XsFactor { get; set; }

    /// <summary>The registry model of <c>xs-model</c> (name, pinned version, the confidence its views carry).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public CrossSectionalModelRef? XsModel { get; set; }

    /// <summary>Parameters of <c>sma-cross</c>.</summary>
    public SmaCrossOptions Sma { get; set; } = new();

    /// <summary>The models of <c>models</c>: each predicts its symbols (or every symbol when it lists none).</summary>
    public List<ModelRef> Models { get; set; } = [];
}

/// <summary>A registry model. <see cref="Version"/> (its creation time in Unix ms, as <c>cst models show</c> prints) pins it:
/// a retrained model of the same name is refused instead of silently traded.</summary>
public sealed class ModelRef
{
    public string Name { get; set; } = "";
    public string? Version { get; set; }

    /// <summary>The symbols this model predicts; empty: every symbol of the universe it was trained on.</summary>
    public List<string> Symbols { get; set; } = [];
}

/// <summary>
/// A registered cross-sectional model (<c>cst train --cross-sectional</c>) traded by <c>alpha.kind = "xs-model"</c>.
/// <see cref="Version"/> pins it as <see cref="ModelRef.Version"/> does; the model's universe must be the package's symbols.
/// </summary>
public sealed class CrossSectionalModelRef
{
    public string Name { get; set; } = "";
    public string? Version { get; set; }

    /// <summary>The confidence attached to every view (a rank is not a probability: set it to what the risk gate should see).</summary>
    public double Confidence { get; set; } = 0.85;

    public double PayoffRatio { get; set; } = 1.0;
}

/// <summary>Portfolio construction: how insights become target weights.</summary>
public sealed class ConstructionSpec
{
    public const string ConfidenceWeighted = "confidence-weighted";
    public const string TopKKind = "top-k";

    /// <summary><c>confidence-weighted</c> (default) or <c>top-k</c> (a ranked cross-sectional book, settings in <see cref="TopK"/>).</summary>
    public string Kind { get; set; } = ConfidenceWeighted;

    /// <summary>Gross exposure the targets may use in total.</summary>
    public double GrossBudget { get; set; } = 1.0;

    /// <summary>The top-k book's settings (k, hold band, long/short or long-only, rebalance bars); null: defaults. Its grossBudget is ignored: <see cref="GrossBudget"/> applies.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public Construction.TopKConstructionOptions? TopK { get; set; }
}

/// <summary>Position sizing: fractional Kelly (default) or volatility targeting.</summary>
public sealed class SizingSpec
{
    public const string KellyKind = "kelly";
    public const string VolTargetKind = "vol-target";

    /// <summary><c>kelly</c> or <c>vol-target</c>.</summary>
    public string Kind { get; set; } = KellyKind;
    public Sizing.KellySizerOptions Kelly { get; set; } = new();
    public Sizing.VolatilityTargetSizerOptions VolTarget { get; set; } = new();
}

/// <summary>The simulated venue's cost model (docs/assumptions.md).</summary>
public sealed class VenueSpec
{
    /// <summary>Maker fee as a fraction (0.001 = 0.1 %); null: the exchange's base tier.</summary>
    public decimal? MakerFee { get; set; }

    /// <summary>Taker fee as a fraction; null: the exchange's base tier.</summary>
    public decimal? TakerFee { get; set; }

    /// <summary>Full bid-ask spread assumed when no order book is known, in basis points.</summary>
    public double SpreadBps { get; set; } = 2;

    /// <summary><c>fixed:BPS</c>, <c>sqrt[:COEF]</c> or <c>book</c>, as <c>cst backtest --slippage</c> takes it.</summary>
    public string Slippage { get; set; } = "fixed:5";

    public double LatencyMs { get; set; }

    public double ParticipationRate { get; set; } = 0.10;

    /// <summary><c>TradeThrough</c> or <c>Touch</c>.</summary>
    public Simulation.LimitFillRule LimitFillRule { get; set; } = Simulation.LimitFillRule.TradeThrough;

    /// <summary><c>Adaptive</c>, <c>OpenHighLowClose</c> or <c>OpenLowHighClose</c>.</summary>
    public Simulation.IntraBarPath IntraBarPath { get; set; } = Simulation.IntraBarPath.Adaptive;
}

/// <summary>Which candles a package was researched on: enough to tell whether a later run sees the same data.</summary>
public sealed class DataFingerprint
{
    public string Symbol { get; set; } = "";
    public string Timeframe { get; set; } = "";
    public DateTimeOffset? From { get; set; }
    public DateTimeOffset? To { get; set; }
    public int Bars { get; set; }

    /// <summary>SHA-256 over the bars' open time and OHLCV (hex), see <see cref="DataFingerprints"/>.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>Where the candles were read from (a dataset folder or the store), for people.</summary>
    public string? Source { get; set; }
}
