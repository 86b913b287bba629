using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Bot.Strategies;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Packages;

namespace CryptoSmartTrader.Bot.Parity;

/// <summary>
/// The backtest side of the parity check: a fresh kernel for the bot's package, assembled by the one factory
/// (<see cref="KernelBlueprint.FromPackage"/> → <see cref="StrategyKernelFactory"/>) with the package's simulated venue,
/// stepped over the bars the bot stepped, up to and including its last close, trading from the same close.
/// </summary>
internal static class ParityReplay
{
    public static IReadOnlyList<ParityOrder> Run(Strategy strategy, IReadOnlyList<CandleSeries> series, DateTimeOffset lastClose, Func<DateTimeOffset, bool> trading)
    {
        var universe = new TradingUniverse(strategy.Exchange, strategy.Timeframe, series.Select(s => s.Symbol));
        var clock = new SimulatedClock(DateTimeOffset.UnixEpoch);
        var blueprint = KernelBlueprint.FromPackage(strategy.Package) with { Alpha = strategy.CreateAlpha };
        var session = new KernelSession(blueprint, universe, clock) { Trading = false };
        var stream = new MergedBarStream(series);
        while (stream.MoveNext() && stream.Time <= lastClose)
        {
            clock.AdvanceTo(stream.Time);
            session.Trading = trading(stream.Time);
            session.BeginStep(stream.Time);
            foreach (var s in stream.Present) session.AddBar(s, Bar.FromSeries(series[s], stream.BarIndexOf(s)));
            session.EndStep();
        }

        return ParityOrder.From(session);
    }
}
