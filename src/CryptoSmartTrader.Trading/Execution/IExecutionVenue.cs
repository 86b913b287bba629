using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Execution;

/// <summary>
/// Where orders go: the simulated venue in backtest and paper mode, an exchange adapter in live mode. The venue owns
/// the working <see cref="Order"/> objects it accepted: it applies fills and terminal transitions to them and tells
/// the listener. <see cref="Synchronize"/> runs at the start of each bar close — the simulator matches working
/// orders against the bars that just closed; a live adapter drains the reports received since the last call.
/// </summary>
public interface IExecutionVenue
{
    ExchangeProfile Profile { get; }

    VenueResult Submit(Order order, int symbolIndex, DateTimeOffset time);

    VenueResult Cancel(Order order, DateTimeOffset time, string reason);

    void Synchronize(BarCloseContext context, IVenueListener listener);
}
