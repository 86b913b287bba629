using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;

namespace CryptoSmartTrader.Data.Exchanges.Private;

/// <summary>An order as the venue reports it at one moment (place, query, cancel, open-order list).</summary>
public sealed record OrderSnapshot(
    Exchange Exchange,
    Symbol Symbol,
    string ClientOrderId,
    string VenueOrderId,
    OrderSide Side,
    OrderType Type,
    OrderStatus Status,
    decimal Quantity,
    decimal FilledQuantity,
    decimal? LimitPrice,
    decimal? AverageFillPrice,
    DateTimeOffset? CreatedAt,
    IReadOnlyList<AccountTrade>? Fills = null)
{
    public decimal RemainingQuantity => Quantity - FilledQuantity;
}
