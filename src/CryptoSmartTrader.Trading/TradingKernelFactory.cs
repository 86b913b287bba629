using CryptoSmartTrader.Core.Quality;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Simulation;
using CryptoSmartTrader.Trading.Sizing;
using Microsoft.Extensions.Options;

namespace CryptoSmartTrader.Trading;

/// <summary>
/// Builds kernels from the registered options: one per run (backtest, paper session, live session), since a kernel
/// holds the run's portfolio. Without a venue it uses a <see cref="SimulatedVenue"/> for the universe's first exchange.
/// </summary>
public sealed class TradingKernelFactory(IOptions<TradingOptions> options, TimeProvider timeProvider, IDataQualityGate? dataQualityGate = null)
{
    public TradingOptions Options => options.Value;

    public TradingKernel Create(TradingUniverse universe, IAlphaModel alpha, IExecutionVenue? venue = null, IDecisionLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(universe);
        if (universe.Count == 0) throw new ArgumentException("kernel factory: the universe is empty", nameof(universe));
        var o = options.Value;
        venue ??= new SimulatedVenue(ExchangeProfiles.For(universe.ExchangeOf(0)), universe, o.Venue);
        return new TradingKernel(o.Kernel, universe, new TradingKernelComponents
        {
            Alpha = alpha,
            Venue = venue,
            Sizer = new KellySizer(o.Kelly),
            Risk = o.Risk,
            Execution = new ExecutionModel(o.Execution),
            DataQualityGate = dataQualityGate,
            DecisionLog = log,
        }, timeProvider);
    }
}
