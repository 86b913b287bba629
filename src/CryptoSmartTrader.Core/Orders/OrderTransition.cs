namespace CryptoSmartTrader.Core.Orders;

/// <summary>The outcome of asking an order to change state. A refused transition leaves the order untouched.</summary>
public readonly record struct OrderTransition(bool Applied, OrderStatus Status, string? Error)
{
    public static OrderTransition Ok(OrderStatus status) => new(true, status, null);

    public static OrderTransition Refused(OrderStatus status, string error) => new(false, status, error);
}
