using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Private;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Bot.Live;

internal sealed partial class LiveVenue
{
    /// <summary>At each bar close: every working order is read back from the venue by client order id; new trades are booked
    /// once each (trade ids), and an order the venue ended is closed once all its fills are booked.</summary>
    public void Synchronize(BarCloseContext context, IVenueListener listener)
    {
        RememberCloses(context);
        var problemsBefore = _problems.Count;
        foreach (var w in _working.Values.ToArray())
        {
            var snapshot = w.Pending ?? Query(w, context.Time, listener);
            w.Pending = null;
            if (snapshot is null) continue;
            Book(w, snapshot, listener);
            Settle(w, snapshot, context.Time, listener);
        }

        // Any order that could not be read (query or fills) leaves the book uncertain until a bar close reads them all.
        _unreadable = _problems.Count > problemsBefore ? _problems[^1] : null;
    }

    private OrderSnapshot? Query(WorkingOrder w, DateTimeOffset at, IVenueListener listener)
    {
        var order = w.Order;
        var found = Blocking.Wait(ct => account.GetOrderAsync(order.Request.Symbol, order.ClientOrderId, ct), options.CallTimeout);
        if (found is not { } result)
        {
            _problems.Add($"order {order.ClientOrderId}: query timed out; retried at the next bar close");
            return null;
        }

        if (result.IsSuccess)
        {
            if (w.OutcomeUnknown && result.Value.VenueOrderId.Length > 0) order.Acknowledge(result.Value.VenueOrderId, at);
            w.OutcomeUnknown = false;
            return result.Value;
        }

        if (w.OutcomeUnknown && result.Error.Kind == ExchangeErrorKind.UnknownOrder && clock.GetUtcNow() - w.SentAt > options.UnknownOrderGrace)
        {
            // Past every venue's acceptance window and still unknown to the venue: it was never placed. Not resent.
            order.Reject(at, $"not found at the venue {options.UnknownOrderGrace.TotalMinutes:0.#} min after sending (outcome was unknown): never placed");
            _working.Remove(order.ClientOrderId);
            listener.OnOrderClosed(order, w.SymbolIndex, ReasonCode.VenueRejected);
            return null;
        }

        _problems.Add($"order {order.ClientOrderId}: {Describe(result.Error)}");
        return null;
    }

    // Trades come with the place response (Binance FULL) or from the account's trade list, matched by venue order id.
    private void Book(WorkingOrder w, OrderSnapshot snapshot, IVenueListener listener)
    {
        var order = w.Order;
        if (snapshot.Fills is { Count: > 0 } inline) Apply(w, inline, listener);
        if (snapshot.FilledQuantity <= order.FilledQuantity) return;

        var since = (w.SentAt < order.CreatedAt ? w.SentAt : order.CreatedAt) - options.TradeLookback;
        var trades = Blocking.Wait(ct => account.GetTradesAsync(order.Request.Symbol, since, ct), options.CallTimeout);
        if (trades is not { IsSuccess: true } t)
        {
            _problems.Add($"order {order.ClientOrderId}: fills could not be read ({(trades is { } r ? Describe(r.Error!) : "timed out")}); retried at the next bar close");
            return;
        }

        Apply(w, t.Value.Where(x => x.VenueOrderId == order.VenueOrderId || x.ClientOrderId == order.ClientOrderId).OrderBy(x => x.Time).ToList(), listener);
        if (order.FilledQuantity < snapshot.FilledQuantity)
        {
            _problems.Add($"order {order.ClientOrderId}: venue reports {snapshot.FilledQuantity} filled, trades list {order.FilledQuantity} so far; the rest is booked when listed");
        }
    }

    private void Apply(WorkingOrder w, IReadOnlyList<AccountTrade> trades, IVenueListener listener)
    {
        var order = w.Order;
        foreach (var trade in trades)
        {
            if (order.IsTerminal) return;
            var fill = trade.ToFill(order.ClientOrderId);
            if (order.ApplyFill(fill).Applied)
            {
                listener.OnFill(order, new FillEvent(w.SymbolIndex, fill, w.ReferencePrice > 0 ? w.ReferencePrice : fill.Price));
            }
        }
    }

    private void Settle(WorkingOrder w, OrderSnapshot snapshot, DateTimeOffset at, IVenueListener listener)
    {
        var order = w.Order;
        if (order.Status == OrderStatus.Filled)
        {
            _working.Remove(order.ClientOrderId);
            return;
        }

        if (!snapshot.Status.IsTerminal() || order.FilledQuantity < snapshot.FilledQuantity) return;
        var reason = w.CancelReason ?? $"venue reports {snapshot.Status}";
        var (transition, code) = snapshot.Status switch
        {
            OrderStatus.Expired => (order.Expire(at, reason), ReasonCode.Expired),
            OrderStatus.Rejected when order.FilledQuantity == 0 => (order.Reject(at, reason), ReasonCode.VenueRejected),
            _ => (order.Cancel(at, reason), ReasonCode.Canceled),
        };
        if (!transition.Applied) return;
        _working.Remove(order.ClientOrderId);
        listener.OnOrderClosed(order, w.SymbolIndex, code);
    }

    private void RememberCloses(BarCloseContext context)
    {
        var n = context.Universe.Count;
        if (_lastClose.Length != n) _lastClose = new decimal[n];
        for (var i = 0; i < n; i++)
        {
            if (context.HasBar(i)) _lastClose[i] = (decimal)context.BarOf(i).Close;
        }
    }
}
