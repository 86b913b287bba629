using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;

namespace CryptoSmartTrader.Data.Exchanges.Private;

/// <summary>
/// One of our executions as the venue reports it. Trade lists name the venue order id; the client order id is
/// present only where the venue sends it.
/// </summary>
public sealed record AccountTrade(Exchange Exchange, Symbol Symbol, string TradeId, string VenueOrderId, OrderSide Side, decimal Quantity,
    decimal Price, decimal Fee, string FeeAsset, DateTimeOffset Time, bool IsMaker, string? ClientOrderId = null)
{
    /// <summary>As a Core <see cref="Fill"/> of the order with <paramref name="clientOrderId"/>.</summary>
    public Fill ToFill(string clientOrderId) => new(clientOrderId, Symbol, Side, Quantity, Price, Fee, FeeAsset, Time, IsMaker, TradeId);
}
