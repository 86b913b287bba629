using CryptoSmartTrader.Core.Quality;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Construction;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Risk;
using CryptoSmartTrader.Trading.Sizing;

namespace CryptoSmartTrader.Trading.Packages;

/// <summary>
/// What varies between the places a package runs — the clock, the venue and feed adapters, the mode — given to
/// <see cref="StrategyKernelFactory.Create"/>. Everything that decides orders comes from the package; the hooks here only
/// wrap (record, persist, gate) or, for research tools, swap one part (a grid search swaps the alpha).
/// </summary>
public sealed class KernelHost
{
    /// <summary>Replay/simulated time in backtests and replays, the system clock live.</summary>
    public required TimeProvider Clock { get; init; }

    /// <summary>The symbols that have data (a subset of the package's, in any order); null: the package's universe.</summary>
    public TradingUniverse? Universe { get; init; }

    public TradingMode Mode { get; init; } = TradingMode.Backtest;

    /// <summary>Client order id prefix; null: the kernel's default. A live-data session needs one unique per run.</summary>
    public string? ClientOrderIdPrefix { get; init; }

    public bool RecordHolds { get; init; }

    /// <summary>
    /// The venue adapter (an exchange live, a shadow venue); null: the simulated venue with the package's cost model
    /// (<see cref="StrategyKernelFactory.SimulatedVenue"/>).
    /// </summary>
    public Func<TradingUniverse, IExecutionVenue>? Venue { get; init; }

    /// <summary>Wraps the venue the kernel sends to (the write-ahead store, a recorder, a warm-up gate); applied last.</summary>
    public Func<IExecutionVenue, IExecutionVenue>? WrapVenue { get; init; }

    /// <summary>
    /// The alpha; null: built from the package (sma-cross). A <c>models</c> package needs one: the models are opened with
    /// <see cref="PackageModels.Open"/> and the host chooses how they predict (precomputed in a backtest, bar by bar live).
    /// </summary>
    public Func<TradingUniverse, IAlphaModel>? Alpha { get; init; }

    /// <summary>Wraps the alpha (a backtest gates it during warm-up).</summary>
    public Func<IAlphaModel, IAlphaModel>? WrapAlpha { get; init; }

    /// <summary>Research tools only: replaces the package's execution model (the bias tools force market orders).</summary>
    public Func<IExecutionModel>? Execution { get; init; }

    /// <summary>Research code that builds parts in code (<c>KernelBlueprint</c>) only; a package run sets none of these.</summary>
    public Func<TradingKernelOptions>? Options { get; init; }

    /// <inheritdoc cref="Options"/>
    public Func<RiskOptions>? Risk { get; init; }

    /// <inheritdoc cref="Options"/>
    public Func<IPositionSizer>? Sizer { get; init; }

    /// <inheritdoc cref="Options"/>
    public Func<IPortfolioConstructionModel>? Construction { get; init; }

    public IDataQualityGate? DataQualityGate { get; init; }
    public IDecisionLog? DecisionLog { get; init; }
}

/// <summary>A kernel built from a package, with the parts a host may need to reach again.</summary>
public sealed record KernelAssembly(TradingKernel Kernel, TradingUniverse Universe, TradingKernelOptions Options, IAlphaModel Alpha, IExecutionVenue Venue);
