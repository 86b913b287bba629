namespace CryptoSmartTrader.Trading.Exchanges;

/// <summary>
/// A market's order filters (Binance's PRICE_FILTER / LOT_SIZE / NOTIONAL, Kraken's tick and lot decimals): price
/// tick, quantity step, minimum quantity and minimum notional in the quote asset.
/// </summary>
public readonly record struct ExchangeRules
{
    public ExchangeRules(decimal tickSize, decimal lotSize, decimal minQuantity, decimal minNotional)
    {
        if (tickSize <= 0) throw new ArgumentOutOfRangeException(nameof(tickSize), tickSize, "rules: tickSize must be > 0");
        if (lotSize <= 0) throw new ArgumentOutOfRangeException(nameof(lotSize), lotSize, "rules: lotSize must be > 0");
        if (minQuantity < 0) throw new ArgumentOutOfRangeException(nameof(minQuantity), minQuantity, "rules: minQuantity must be >= 0");
        if (minNotional < 0) throw new ArgumentOutOfRangeException(nameof(minNotional), minNotional, "rules: minNotional must be >= 0");
        TickSize = tickSize;
        LotSize = lotSize;
        MinQuantity = minQuantity;
        MinNotional = minNotional;
    }

    public decimal TickSize { get; }
    public decimal LotSize { get; }
    public decimal MinQuantity { get; }
    public decimal MinNotional { get; }

    /// <summary>Rounds a quantity down to the lot step (never sends more than intended).</summary>
    public decimal RoundQuantity(decimal quantity) => Math.Floor(quantity / LotSize) * LotSize;

    /// <summary>Rounds a limit price to the tick on the passive side: buys down, sells up (never more aggressive than intended).</summary>
    public decimal RoundPrice(decimal price, bool isBuy) =>
        (isBuy ? Math.Floor(price / TickSize) : Math.Ceiling(price / TickSize)) * TickSize;

    /// <summary>Rounds a stop trigger to the nearest tick.</summary>
    public decimal RoundStop(decimal price) => Math.Round(price / TickSize, MidpointRounding.AwayFromZero) * TickSize;

    /// <summary>Null when a rounded quantity at <paramref name="price"/> passes the filters, else a message naming the filter.</summary>
    public string? Validate(decimal quantity, decimal price)
    {
        if (quantity <= 0) return $"quantity {quantity} rounds to zero at lot size {LotSize}";
        if (quantity < MinQuantity) return $"quantity {quantity} is below the minimum {MinQuantity}";
        if (quantity * price < MinNotional) return $"notional {quantity * price:0.########} is below the minimum {MinNotional}";
        return null;
    }
}
