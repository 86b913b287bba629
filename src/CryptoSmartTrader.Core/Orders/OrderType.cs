namespace CryptoSmartTrader.Core.Orders;

/// <summary>Venue order types. TWAP and iceberg are execution algorithms that emit these, not venue types.</summary>
public enum OrderType
{
    Market = 1,
    Limit = 2,
    StopMarket = 3,
    StopLimit = 4,
}
