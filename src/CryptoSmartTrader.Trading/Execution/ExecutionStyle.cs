namespace CryptoSmartTrader.Trading.Execution;

/// <summary>How a target change becomes orders. TWAP and iceberg are algorithms emitting venue orders over time.</summary>
public enum ExecutionStyle
{
    Market = 1,
    Limit = 2,
    PostOnly = 3,
    Twap = 4,
    Iceberg = 5,
}
