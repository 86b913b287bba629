using CryptoSmartTrader.Core.Quality;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Packages;
using CryptoSmartTrader.Trading.Simulation;
using CryptoSmartTrader.Trading.Sizing;
using Microsoft.Extensions.Options;

namespace CryptoSmartTrader.Trading;

/// <summary>
/// Builds kernels from the registered options (dependency injection), through <see cref="StrategyKernelFactory"/> like
/// every other host: one per run, since a kernel holds the run's portfolio. Without a venue it uses a
/// <see cref="SimulatedVenue"/> for the universe's first exchange with the registered venue options.
/// </summary>
public sealed class TradingKernelFactory(IOptions<TradingOptions> options, TimeProvider timeProvider, IDataQualityGate? dataQualityGate = null)
{
    public TradingOptions Options => options.Value;

    public TradingKernel Create(TradingUniverse universe, IAlphaModel alpha, IExecutionVenue? venue = null, IDecisionLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(universe);
        if (universe.Count == 0) throw new ArgumentException("kernel factory: the universe is empty", nameof(universe));
        var o = options.Value;
        var package = StrategyKernelFactory.DefaultPackage(universe);
        package.Risk = o.Risk;
        package.Sizing.Kelly = o.Kelly;
        package.Execution = o.Execution;
        return StrategyKernelFactory.CreateOrThrow(package, new KernelHost
        {
            Clock = timeProvider,
            Universe = universe,
            Options = () => o.Kernel,
            Alpha = _ => alpha,
            Venue = u => venue ?? new SimulatedVenue(ExchangeProfiles.For(u.ExchangeOf(0)), u, o.Venue),
            DataQualityGate = dataQualityGate,
            DecisionLog = log,
        }).Kernel;
    }
}
