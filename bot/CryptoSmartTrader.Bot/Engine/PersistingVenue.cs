using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Bot.Engine;

/// <summary>
/// Write-ahead wrapper around the real venue: the order intent is committed before the venue sees the order, each fill
/// before the kernel books it. Writes are idempotent (keyed), so re-running steps after a crash never duplicates a row.
/// </summary>
internal sealed class PersistingVenue(IExecutionVenue inner, BotStore store, CrashPoints crash) : IExecutionVenue, IVenueListener
{
    private IVenueListener? _listener;

    public ExchangeProfile Profile => inner.Profile;

    /// <summary>Client order ids submitted since start (reconciliation compares them with the store).</summary>
    public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

    /// <summary>Told of each new order the venue answered (not recovery re-runs): the cluster test's venue-side log.</summary>
    public Action<Order, bool>? Submitted { get; set; }

    public VenueResult Submit(Order order, int symbolIndex, DateTimeOffset time)
    {
        store.InsertOrderIntent(order, time);
        Seen.Add(order.ClientOrderId);
        crash.Hit("after-intent");
        var result = inner.Submit(order, symbolIndex, time);
        if (crash.Armed) Submitted?.Invoke(order, result.Accepted);
        store.UpdateOrder(order, result.Accepted ? order.Status.ToString() : "Rejected", time);
        crash.Hit("after-submit");
        return result;
    }

    public VenueResult Cancel(Order order, DateTimeOffset time, string reason)
    {
        var result = inner.Cancel(order, time, reason);
        if (result.Accepted) store.UpdateOrder(order, order.Status.ToString(), time);
        return result;
    }

    public void Synchronize(BarCloseContext context, IVenueListener listener)
    {
        _listener = listener;
        inner.Synchronize(context, this);
    }

    void IVenueListener.OnFill(Order order, in FillEvent fill)
    {
        store.InsertFill(fill.Fill, order.FillCount);
        store.UpdateOrder(order, order.Status.ToString(), fill.Fill.Time);
        crash.Hit("after-fill");
        _listener!.OnFill(order, fill);
    }

    void IVenueListener.OnOrderClosed(Order order, int symbolIndex, ReasonCode reason)
    {
        store.UpdateOrder(order, order.Status.ToString(), order.UpdatedAt);
        _listener!.OnOrderClosed(order, symbolIndex, reason);
    }
}
