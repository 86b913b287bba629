using CryptoSmartTrader.Core.Collections;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>
/// Sits between the kernel and the real venue (simulated or live): writes down every order the kernel sends, in
/// order, for the order-list hash, and refuses orders while <see cref="Trading"/> is false (warm-up and walk-forward
/// training periods), so those bars inform the kernel's state without trading.
/// </summary>
internal sealed class RecordingVenue(IExecutionVenue inner) : IExecutionVenue
{
    private readonly AppendOnlyList<OrderRecord> _orders = new();

    public bool Trading { get; set; }

    public IReadOnlyList<OrderRecord> Orders => _orders;

    public ExchangeProfile Profile => inner.Profile;

    public VenueResult Submit(Order order, int symbolIndex, DateTimeOffset time)
    {
        if (!Trading)
        {
            return VenueResult.Refused(ReasonCode.VenueRejected, "backtest: no orders before the start of the traded period (warm-up)");
        }

        _orders.Add(new OrderRecord(time, order.Request));
        return inner.Submit(order, symbolIndex, time);
    }

    public VenueResult Cancel(Order order, DateTimeOffset time, string reason) => inner.Cancel(order, time, reason);

    public void Synchronize(BarCloseContext context, IVenueListener listener) => inner.Synchronize(context, listener);
}
