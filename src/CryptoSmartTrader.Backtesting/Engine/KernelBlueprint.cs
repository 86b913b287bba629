using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Construction;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Risk;
using CryptoSmartTrader.Trading.Sizing;

namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>
/// How to build the one <see cref="TradingKernel"/> for a session: the same blueprint gives the same kernel in the
/// backtest runner and in the live (channel-fed) path, which is what makes their order lists comparable.
/// Factories are called once per session, so each run starts from fresh state.
/// </summary>
public sealed record KernelBlueprint
{
    public required Func<TradingUniverse, IAlphaModel> Alpha { get; init; }

    /// <summary>
    /// Optional: builds the alpha from the candle data given to the run (a vectorised strategy that precomputes its
    /// columns, as research code often does). Used instead of <see cref="Alpha"/> when the run has the data; such an
    /// alpha cannot run live, and it is exactly where lookahead bugs hide, so the lookahead analysis exercises it.
    /// </summary>
    public Func<IReadOnlyList<CandleSeries>, TradingUniverse, IAlphaModel>? AlphaOnData { get; init; }
    public required Func<TradingUniverse, IExecutionVenue> Venue { get; init; }
    public Func<TradingKernelOptions> Options { get; init; } = () => new TradingKernelOptions();
    public Func<RiskOptions>? Risk { get; init; }
    public Func<IPositionSizer>? Sizer { get; init; }
    public Func<IExecutionModel>? Execution { get; init; }
    public Func<IPortfolioConstructionModel>? Construction { get; init; }
    public Func<TradingUniverse, IBarEnricher>? Enricher { get; init; }

    /// <summary>A copy with another alpha (walk-forward and parameter searches swap only the alpha).</summary>
    public KernelBlueprint WithAlpha(Func<TradingUniverse, IAlphaModel> alpha,
        Func<IReadOnlyList<CandleSeries>, TradingUniverse, IAlphaModel>? alphaOnData = null) => this with { Alpha = alpha, AlphaOnData = alphaOnData };

    /// <summary>A copy with another execution model (the bias tools force market orders).</summary>
    public KernelBlueprint WithExecution(Func<IExecutionModel> execution) => this with { Execution = execution };
}
