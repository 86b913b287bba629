namespace CryptoSmartTrader.Core.Markets;

/// <summary>A public trade print. Size is in the base asset; <see cref="Side"/> is the taker (aggressor) side.</summary>
public readonly record struct Trade
{
    public DateTimeOffset Time { get; }
    public decimal Price { get; }
    public decimal Size { get; }
    public TakerSide Side { get; }
    public string? TradeId { get; }

    public Trade(DateTimeOffset time, decimal price, decimal size, TakerSide side, string? tradeId = null)
    {
        if (price <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(price), price, $"trade: price must be > 0, got {price}");
        }

        if (size <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, $"trade: size must be > 0, got {size}");
        }

        if (!Enum.IsDefined(side))
        {
            throw new ArgumentOutOfRangeException(nameof(side), side, $"trade: side must be Buy, Sell or Unknown, got {side}");
        }

        Time = time.ToUniversalTime();
        Price = price;
        Size = size;
        Side = side;
        TradeId = tradeId;
    }

    public decimal Notional => Price * Size;
}
