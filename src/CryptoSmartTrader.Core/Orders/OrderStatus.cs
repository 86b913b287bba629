namespace CryptoSmartTrader.Core.Orders;

/// <summary>Order lifecycle: New → PartiallyFilled → Filled / Canceled / Rejected / Expired. The last four are terminal.</summary>
public enum OrderStatus
{
    New = 1,
    PartiallyFilled = 2,
    Filled = 3,
    Canceled = 4,
    Rejected = 5,
    Expired = 6,
}
