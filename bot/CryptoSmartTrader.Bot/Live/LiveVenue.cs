using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Private;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Bot.Live;

/// <summary>
/// The kernel's venue in live mode, over a signed <see cref="IExchangeAccount"/>. Submit places the order once (the
/// account resolves a lost response by client order id, never by resending); a reject is a refused result with the
/// venue's reason. Fills and closures are read from the venue at each bar close (<see cref="Synchronize"/>), by querying
/// each working order by its client order id and booking its trades, each trade once.
/// </summary>
internal sealed partial class LiveVenue(IExchangeAccount account, ExchangeProfile profile, LiveOptions options, TimeProvider clock) : IExecutionVenue
{
    private readonly Dictionary<string, WorkingOrder> _working = new(StringComparer.Ordinal);
    private readonly List<string> _problems = [];
    private string? _unreadable;
    private decimal[] _lastClose = [];

    public ExchangeProfile Profile { get; } = profile;

    /// <summary>Orders the venue answers for (not terminal yet).</summary>
    public IReadOnlyCollection<WorkingOrder> Working => _working.Values;

    /// <summary>
    /// Why no new order may be sent now, or null: an order whose outcome is unknown, or a venue whose orders could not be read
    /// at the last bar close. Cash and positions then depend on an answer not yet had, so the venue does not trade blind.
    /// </summary>
    public string? HaltReason =>
        _working.Values.FirstOrDefault(w => w.OutcomeUnknown) is { } unknown
            ? $"live venue: not trading blind: the outcome of order {unknown.Order.ClientOrderId} (sent {unknown.SentAt:yyyy-MM-dd'T'HH:mm:ss'Z'}) is unknown; " +
              "it is queried by client order id at each bar close and never resent; new orders wait until it is resolved"
            : _unreadable is { } why
                ? $"live venue: not trading blind: working orders could not be read at the last bar close ({why}); new orders wait until they can"
                : null;

    /// <summary>How a hold ends, for the status page next to <see cref="HaltReason"/>.</summary>
    public const string HoldResumes = "trading resumes by itself at the first bar close where the venue answers; if the hold lasts, look the order up " +
        "at the exchange by its client order id; the kill switch (POST /api/kill-switch) keeps trading halted after the venue answers";

    public VenueResult Submit(Order order, int symbolIndex, DateTimeOffset time)
    {
        if (HaltReason is { } halt)
        {
            // Refused before anything is sent; the reason reaches the decision log and the status page.
            order.Reject(time, halt);
            _problems.Add($"order {order.ClientOrderId} not sent: {halt}");
            return VenueResult.Refused(ReasonCode.VenueHold, halt);
        }

        var reference = symbolIndex < _lastClose.Length && _lastClose[symbolIndex] > 0 ? _lastClose[symbolIndex] : order.Request.LimitPrice ?? 0m;
        var sentAt = clock.GetUtcNow();
        var placed = Blocking.Wait(ct => account.PlaceOrderAsync(order.Request, ct), options.CallTimeout);
        if (placed is not { } result)
        {
            // The call outlived the kernel's patience; whether the venue has the order is unknown, so it is kept and queried.
            return Track(order, symbolIndex, reference, sentAt, unknown: true, null);
        }

        if (!result.IsSuccess)
        {
            return Reject(order, time, result.Error);
        }

        var p = result.Value;
        return p.State switch
        {
            PlacementState.Placed => Track(order, symbolIndex, reference, sentAt, unknown: false, p.Order),
            PlacementState.NotPlaced => Reject(order, time, p.Error!),
            _ => Track(order, symbolIndex, reference, sentAt, unknown: true, null),
        };
    }

    public VenueResult Cancel(Order order, DateTimeOffset time, string reason)
    {
        if (!_working.TryGetValue(order.ClientOrderId, out var w)) return VenueResult.Refused(ReasonCode.InvalidOrder, $"live venue: order {order.ClientOrderId} is not working");
        var canceled = Blocking.Wait(ct => account.CancelOrderAsync(order.Request.Symbol, order.ClientOrderId, ct), options.CallTimeout);
        if (canceled is not { } result) return VenueResult.Refused(ReasonCode.VenueRejected, $"live venue: cancel of {order.ClientOrderId} timed out; state is read at the next bar close");
        if (!result.IsSuccess) return VenueResult.Refused(ReasonCode.VenueRejected, Describe(result.Error));

        w.CancelReason = reason;
        w.Pending = result.Value;
        if (result.Value.FilledQuantity <= order.FilledQuantity)
        {
            // Nothing left to book: the order ends now, as the kernel expects from an accepted cancel.
            order.Cancel(time, reason);
            _working.Remove(order.ClientOrderId);
        }

        return new VenueResult(true, ReasonCode.Canceled);
    }

    /// <summary>Problems met while talking to the venue since the last call (the engine shows them); empty when none.</summary>
    public IReadOnlyList<string> DrainProblems()
    {
        var copy = _problems.ToArray();
        _problems.Clear();
        return copy;
    }

    private VenueResult Track(Order order, int symbolIndex, decimal reference, DateTimeOffset sentAt, bool unknown, OrderSnapshot? snapshot)
    {
        if (snapshot is not null && snapshot.VenueOrderId.Length > 0) order.Acknowledge(snapshot.VenueOrderId, order.CreatedAt);
        _working[order.ClientOrderId] = new WorkingOrder(order, symbolIndex, reference, sentAt, unknown) { Pending = snapshot };
        if (unknown) _problems.Add($"order {order.ClientOrderId}: outcome unknown after sending; it is queried by client order id, never resent");
        return VenueResult.Ok;
    }

    private static VenueResult Reject(Order order, DateTimeOffset time, ExchangeError error)
    {
        var reason = Describe(error);
        order.Reject(time, reason);
        return VenueResult.Refused(ReasonCode.VenueRejected, reason);
    }

    private static string Describe(ExchangeError error) => $"{error.Exchange} {error.Kind} [{error.Code}]: {error.Message}";
}
