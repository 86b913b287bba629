using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;

namespace CryptoSmartTrader.Trading.Simulation;

/// <summary>An accepted order inside the simulator, with when it becomes active and what it has seen.</summary>
internal sealed class WorkingOrder(Order order, int symbolIndex, long activeFromMs, OrderBook? book)
{
    public Order Order { get; } = order;
    public int SymbolIndex { get; } = symbolIndex;
    public long ActiveFromMs { get; } = activeFromMs;

    /// <summary>The book known when the order was sent (never a later one: that would be look-ahead).</summary>
    public OrderBook? Book { get; } = book;

    /// <summary>True once the order has been on the market for a bar (a limit is then resting, not arriving).</summary>
    public bool Seen { get; set; }

    public bool Triggered { get; set; }
}
