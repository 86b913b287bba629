using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Core.Orders;

/// <summary>
/// An execution against an order. The fee is charged in <see cref="FeeAsset"/>: the quote asset, the base asset
/// (Binance charges buys in the asset received) or a third asset such as BNB.
/// </summary>
public readonly record struct Fill
{
    public Fill(string clientOrderId, Symbol symbol, OrderSide side, decimal quantity, decimal price, decimal fee, string feeAsset,
        DateTimeOffset time, bool isMaker = false, string? tradeId = null)
    {
        if (string.IsNullOrWhiteSpace(clientOrderId)) throw new ArgumentException("fill: clientOrderId is required", nameof(clientOrderId));
        if (!Enum.IsDefined(side)) throw new ArgumentOutOfRangeException(nameof(side), side, $"fill: side must be Buy or Sell, got {side}");
        if (quantity <= 0) throw new ArgumentOutOfRangeException(nameof(quantity), quantity, $"fill: quantity must be > 0, got {quantity}");
        if (price <= 0) throw new ArgumentOutOfRangeException(nameof(price), price, $"fill: price must be > 0, got {price}");
        if (fee < 0) throw new ArgumentOutOfRangeException(nameof(fee), fee, $"fill: fee must be >= 0, got {fee}");

        ClientOrderId = clientOrderId;
        Symbol = symbol;
        Side = side;
        Quantity = quantity;
        Price = price;
        Fee = fee;
        FeeAsset = AssetCode.Normalize(feeAsset);
        Time = time.ToUniversalTime();
        IsMaker = isMaker;
        TradeId = tradeId;
    }

    public string ClientOrderId { get; }
    public Symbol Symbol { get; }
    public OrderSide Side { get; }
    public decimal Quantity { get; }
    public decimal Price { get; }
    public decimal Fee { get; }
    public string FeeAsset { get; }
    public DateTimeOffset Time { get; }
    public bool IsMaker { get; }
    public string? TradeId { get; }

    public decimal Notional => Quantity * Price;
}
