using CryptoSmartTrader.Core.Orders;

namespace CryptoSmartTrader.Trading.Execution;

/// <summary>
/// A fill as reported by a venue, with the price it would have had without spread and slippage
/// (<see cref="ReferencePrice"/>), so that slippage cost = |Price − ReferencePrice| × quantity can be reported apart from fees.
/// </summary>
public readonly record struct FillEvent(int SymbolIndex, Fill Fill, decimal ReferencePrice)
{
    /// <summary>Cost of spread and slippage in the quote asset (positive = paid).</summary>
    public decimal SlippageCost => (Fill.Side == OrderSide.Buy ? Fill.Price - ReferencePrice : ReferencePrice - Fill.Price) * Fill.Quantity;
}
