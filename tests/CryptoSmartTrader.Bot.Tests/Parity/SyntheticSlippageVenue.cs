using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Packages;
using CryptoSmartTrader.Trading.Simulation;

namespace CryptoSmartTrader.Bot.Tests.Parity;

/// <summary>
/// SYNTHETIC test venue: the package's own simulated venue with a deliberately wider spread, so every fill is worse than
/// the backtest's by a known amount. Stands in for a live venue that fills worse than the model of it.
/// </summary>
internal static class SyntheticSlippageVenue
{
    public static IExecutionVenue Create(StrategyPackage package, TradingUniverse universe, double extraSpreadBps)
    {
        var options = StrategyKernelFactory.VenueOptions(package);
        options.SpreadBps += extraSpreadBps;
        return new SimulatedVenue(StrategyKernelFactory.Profile(package), universe, options);
    }
}
