namespace CryptoSmartTrader.Core.Orders;

/// <summary>
/// An order's life at the venue. Transitions are results: a fill that overfills, a fill for another order, or any
/// change after a terminal state is refused and leaves the order unchanged, so a replayed or duplicated venue event
/// can never corrupt it.
/// </summary>
public sealed class Order
{
    // The first fill is kept in the order itself and a list only from the second one: most orders fill once, and a
    // backtest creates tens of thousands of them (a list and its array were two of the per-order allocations).
    private Fill _first;
    private List<Fill>? _more;

    public Order(OrderRequest request, DateTimeOffset createdAt, string? venueOrderId = null)
    {
        Request = request ?? throw new ArgumentNullException(nameof(request));
        CreatedAt = createdAt.ToUniversalTime();
        UpdatedAt = CreatedAt;
        VenueOrderId = venueOrderId;
        Status = OrderStatus.New;
    }

    public OrderRequest Request { get; }
    public string ClientOrderId => Request.ClientOrderId;
    public string? VenueOrderId { get; private set; }
    public OrderStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public decimal FilledQuantity { get; private set; }
    public decimal RemainingQuantity => Request.Quantity - FilledQuantity;

    /// <summary>Volume-weighted average fill price, or null before the first fill.</summary>
    public decimal? AverageFillPrice { get; private set; }

    public string? Reason { get; private set; }
    /// <summary>The fills in the order they were applied (built on each read: not for a per-bar path, see <see cref="FillCount"/>).</summary>
    public IReadOnlyList<Fill> Fills => FillCount switch
    {
        0 => [],
        1 => [_first],
        _ => [_first, .. _more!],
    };

    public int FillCount { get; private set; }
    public bool IsTerminal => Status.IsTerminal();

    public OrderTransition Acknowledge(string venueOrderId, DateTimeOffset time)
    {
        if (IsTerminal) return Refused("acknowledge");
        VenueOrderId = venueOrderId;
        UpdatedAt = time.ToUniversalTime();
        return OrderTransition.Ok(Status);
    }

    public OrderTransition ApplyFill(Fill fill)
    {
        if (IsTerminal) return Refused("fill");
        if (fill.ClientOrderId != ClientOrderId)
        {
            return OrderTransition.Refused(Status, $"order {ClientOrderId}: fill belongs to order {fill.ClientOrderId}");
        }

        if (fill.Side != Request.Side || fill.Symbol != Request.Symbol)
        {
            return OrderTransition.Refused(Status, $"order {ClientOrderId}: fill {fill.Side} {fill.Symbol} does not match {Request.Side} {Request.Symbol}");
        }

        if (fill.Quantity > RemainingQuantity)
        {
            return OrderTransition.Refused(Status, $"order {ClientOrderId}: fill of {fill.Quantity} exceeds remaining {RemainingQuantity}");
        }

        if (fill.TradeId is not null && HasTrade(fill.TradeId))
        {
            return OrderTransition.Refused(Status, $"order {ClientOrderId}: duplicate fill for trade {fill.TradeId}");
        }

        var notional = (AverageFillPrice ?? 0m) * FilledQuantity + fill.Price * fill.Quantity;
        FilledQuantity += fill.Quantity;
        AverageFillPrice = notional / FilledQuantity;
        if (FillCount == 0) _first = fill;
        else (_more ??= new List<Fill>(1)).Add(fill);
        FillCount++;
        Status = FilledQuantity == Request.Quantity ? OrderStatus.Filled : OrderStatus.PartiallyFilled;
        UpdatedAt = fill.Time;
        return OrderTransition.Ok(Status);
    }

    public OrderTransition Cancel(DateTimeOffset time, string? reason = null) => End(OrderStatus.Canceled, time, reason);

    public OrderTransition Reject(DateTimeOffset time, string reason) => End(OrderStatus.Rejected, time, reason);

    public OrderTransition Expire(DateTimeOffset time, string? reason = null) => End(OrderStatus.Expired, time, reason);

    private OrderTransition End(OrderStatus status, DateTimeOffset time, string? reason)
    {
        if (IsTerminal) return Refused(status.ToString().ToLowerInvariant());
        if (status == OrderStatus.Rejected && FilledQuantity > 0)
        {
            return OrderTransition.Refused(Status, $"order {ClientOrderId}: cannot reject an order that already has fills; cancel it instead");
        }

        Status = status;
        Reason = reason;
        UpdatedAt = time.ToUniversalTime();
        return OrderTransition.Ok(Status);
    }

    private OrderTransition Refused(string action) =>
        OrderTransition.Refused(Status, $"order {ClientOrderId}: cannot {action}, order is already {Status}");

    // A loop, not Any(lambda): the lambda's closure over the fill was allocated on every call, fill or not.
    private bool HasTrade(string tradeId)
    {
        if (FillCount == 0) return false;
        if (_first.TradeId == tradeId) return true;
        if (_more is null) return false;
        foreach (var f in _more)
        {
            if (f.TradeId == tradeId) return true;
        }

        return false;
    }
}
