using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Construction;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Packages;
using CryptoSmartTrader.Trading.Risk;
using CryptoSmartTrader.Trading.Sizing;

namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>
/// How to build the one <see cref="TradingKernel"/> for a session: a <see cref="StrategyPackage"/> (<see cref="FromPackage"/>)
/// plus optional parts built in code, which research tools swap (a grid search swaps the alpha). Every session is
/// assembled by <see cref="StrategyKernelFactory"/>, the same factory the bot uses, so the same blueprint gives the same
/// kernel in the backtest runner, the live (channel-fed) path and the bot. Factories are called once per session, so each
/// run starts from fresh state.
/// </summary>
public sealed record KernelBlueprint
{
    /// <summary>Everything that decides orders; null: the defaults of every part (<see cref="StrategyKernelFactory.DefaultPackage"/>).</summary>
    public StrategyPackage? Package { get; init; }

    /// <summary>The alpha; null: the package's rule alpha.</summary>
    public Func<TradingUniverse, IAlphaModel>? Alpha { get; init; }

    /// <summary>
    /// Optional: builds the alpha from the candle data given to the run (a vectorised strategy that precomputes its
    /// columns, as research code often does). Used instead of <see cref="Alpha"/> when the run has the data; such an
    /// alpha cannot run live, and it is exactly where lookahead bugs hide, so the lookahead analysis exercises it.
    /// </summary>
    public Func<IReadOnlyList<CandleSeries>, TradingUniverse, IAlphaModel>? AlphaOnData { get; init; }
    /// <summary>The venue; null: the simulated venue with the package's cost model.</summary>
    public Func<TradingUniverse, IExecutionVenue>? Venue { get; init; }

    /// <summary>Kernel options built in code; null: from the package's account.</summary>
    public Func<TradingKernelOptions>? Options { get; init; }
    public Func<RiskOptions>? Risk { get; init; }
    public Func<IPositionSizer>? Sizer { get; init; }
    public Func<IExecutionModel>? Execution { get; init; }
    public Func<IPortfolioConstructionModel>? Construction { get; init; }
    public Func<TradingUniverse, IBarEnricher>? Enricher { get; init; }

    /// <summary>The blueprint of a package: every part from the package.</summary>
    public static KernelBlueprint FromPackage(StrategyPackage package) => new() { Package = package ?? throw new ArgumentNullException(nameof(package)) };

    /// <summary>The package the factory gets for <paramref name="universe"/>.</summary>
    public StrategyPackage PackageFor(TradingUniverse universe) => Package ?? StrategyKernelFactory.DefaultPackage(universe);

    /// <summary>The alpha a session gets when it has no data-driven alpha: <see cref="Alpha"/>, else the package's rule.</summary>
    public IAlphaModel CreateAlpha(TradingUniverse universe) => Alpha?.Invoke(universe) ?? StrategyKernelFactory.RuleAlpha(PackageFor(universe), universe);

    /// <summary>A copy with another alpha (walk-forward and parameter searches swap only the alpha).</summary>
    public KernelBlueprint WithAlpha(Func<TradingUniverse, IAlphaModel> alpha,
        Func<IReadOnlyList<CandleSeries>, TradingUniverse, IAlphaModel>? alphaOnData = null) => this with { Alpha = alpha, AlphaOnData = alphaOnData };

    /// <summary>A copy with another execution model (the bias tools force market orders).</summary>
    public KernelBlueprint WithExecution(Func<IExecutionModel> execution) => this with { Execution = execution };
}
