using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Risk;
using CryptoSmartTrader.Trading.Simulation;
using CryptoSmartTrader.Trading.Sizing;

namespace CryptoSmartTrader.Trading;

/// <summary>All settings of the trading layer, bound as one options object by <see cref="TradingServiceCollectionExtensions.AddTradingKernel"/>.</summary>
public sealed class TradingOptions
{
    public TradingKernelOptions Kernel { get; } = new();
    public RiskOptions Risk { get; } = new();
    public KellySizerOptions Kelly { get; } = new();
    public ExecutionOptions Execution { get; } = new();
    public SimulatedVenueOptions Venue { get; } = new();
}
