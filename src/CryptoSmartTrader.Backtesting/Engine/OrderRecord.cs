using CryptoSmartTrader.Core.Orders;

namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>An order as the kernel sent it to the venue, with the (simulated or real) time it was sent.</summary>
public readonly record struct OrderRecord(DateTimeOffset Time, OrderRequest Request);
