using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Exchanges.Private;

namespace CryptoSmartTrader.Bot.Live;

/// <summary>An order the live venue answers for until it is terminal, with what the venue last said about it.</summary>
internal sealed class WorkingOrder(Order order, int symbolIndex, decimal referencePrice, DateTimeOffset sentAt, bool outcomeUnknown)
{
    public Order Order { get; } = order;
    public int SymbolIndex { get; } = symbolIndex;

    /// <summary>The bar close when the order was sent: the price a fill is compared with for slippage.</summary>
    public decimal ReferencePrice { get; } = referencePrice;

    /// <summary>Wall time of the send, for the unknown-outcome grace period.</summary>
    public DateTimeOffset SentAt { get; } = sentAt;

    /// <summary>The place response was lost and the query did not settle it yet; never resent, only queried.</summary>
    public bool OutcomeUnknown { get; set; } = outcomeUnknown;

    /// <summary>The latest venue snapshot not yet applied (place or cancel response), or null.</summary>
    public OrderSnapshot? Pending { get; set; }

    /// <summary>A cancel was accepted by the venue; the order closes once its fills are booked.</summary>
    public string? CancelReason { get; set; }
}
