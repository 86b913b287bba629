using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Execution;

/// <summary>The kernel side of a venue: receives fills (already applied to the <see cref="Order"/>) and order closures.</summary>
public interface IVenueListener
{
    void OnFill(Order order, in FillEvent fill);

    /// <summary>The order reached a terminal state other than Filled (canceled, expired, rejected) with <paramref name="reason"/>.</summary>
    void OnOrderClosed(Order order, int symbolIndex, ReasonCode reason);
}
