using CryptoSmartTrader.Core.Orders;

namespace CryptoSmartTrader.Backtesting.Results;

/// <summary>
/// A fill with what it cost: the fee valued in the account currency and the slippage against the reference price
/// the decision was made at (the bar close), so costs can be reported apart from price gains.
/// </summary>
public readonly record struct FillRecord(Fill Fill, decimal ReferencePrice, decimal FeeValue)
{
    /// <summary>Adverse price difference × quantity: positive when the fill was worse than the reference.</summary>
    public decimal Slippage => ReferencePrice <= 0m ? 0m
        : (Fill.Side == OrderSide.Buy ? Fill.Price - ReferencePrice : ReferencePrice - Fill.Price) * Fill.Quantity;
}
