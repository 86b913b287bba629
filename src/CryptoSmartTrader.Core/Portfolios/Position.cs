using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Core.Portfolios;

/// <summary>
/// A signed holding in one symbol with its weighted-average entry price. Realised PnL is the gross price gain on
/// the part closed; fees are accounted separately by the portfolio so that PnL and costs can be reported apart.
/// </summary>
public sealed class Position
{
    public Position(Symbol symbol) => Symbol = symbol;

    public Symbol Symbol { get; }

    /// <summary>Base-asset quantity; negative when short.</summary>
    public decimal Quantity { get; private set; }

    /// <summary>Weighted-average entry price of the open quantity (0 when flat).</summary>
    public decimal AverageCost { get; private set; }

    public decimal RealizedPnl { get; private set; }

    public bool IsFlat => Quantity == 0m;

    public decimal UnrealizedPnl(decimal mark) => (mark - AverageCost) * Quantity;

    public decimal MarketValue(decimal mark) => Quantity * mark;

    /// <summary>Applies a signed quantity change at a price and returns the realised PnL of any part that closed.</summary>
    internal decimal Apply(decimal signedQuantity, decimal price)
    {
        if (signedQuantity == 0m)
        {
            return 0m;
        }

        decimal realized = 0m;
        if (Quantity == 0m || Math.Sign(Quantity) == Math.Sign(signedQuantity))
        {
            var newQty = Quantity + signedQuantity;
            AverageCost = (AverageCost * Quantity + price * signedQuantity) / newQty;
            Quantity = newQty;
        }
        else
        {
            var closing = Math.Min(Math.Abs(signedQuantity), Math.Abs(Quantity)) * Math.Sign(Quantity);
            realized = (price - AverageCost) * closing;
            var newQty = Quantity + signedQuantity;
            if (newQty == 0m)
            {
                AverageCost = 0m;
            }
            else if (Math.Sign(newQty) != Math.Sign(Quantity))
            {
                // Flipped through flat: the remainder is a fresh position entered at this price.
                AverageCost = price;
            }

            Quantity = newQty;
        }

        RealizedPnl += realized;
        return realized;
    }

    /// <summary>A base-asset fee shrinks the holding without changing the entry price; the cost shows up as a fee.</summary>
    internal void DeductBaseFee(decimal fee)
    {
        Quantity -= fee;
        if (Quantity == 0m)
        {
            AverageCost = 0m;
        }
    }
}
