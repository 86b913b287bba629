using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Core.Orders;

/// <summary>
/// An intent to trade, before the risk engine and the venue have seen it. The client order id is chosen by us and
/// written down before sending, so an order of unknown outcome can be found again instead of being resent.
/// </summary>
public sealed record OrderRequest
{
    public OrderRequest(string clientOrderId, Exchange exchange, Symbol symbol, OrderSide side, OrderType type, decimal quantity,
        decimal? limitPrice = null, decimal? stopPrice = null, TimeInForce timeInForce = TimeInForce.Gtc, bool postOnly = false,
        bool reduceOnly = false, string? tag = null)
    {
        var error = Validate(clientOrderId, side, type, quantity, limitPrice, stopPrice, timeInForce, postOnly);
        if (error is not null)
        {
            throw new ArgumentException(error);
        }

        ClientOrderId = clientOrderId;
        Exchange = exchange;
        Symbol = symbol;
        Side = side;
        Type = type;
        Quantity = quantity;
        LimitPrice = limitPrice;
        StopPrice = stopPrice;
        TimeInForce = timeInForce;
        PostOnly = postOnly;
        ReduceOnly = reduceOnly;
        Tag = tag;
    }

    public string ClientOrderId { get; }
    public Exchange Exchange { get; }
    public Symbol Symbol { get; }
    public OrderSide Side { get; }
    public OrderType Type { get; }

    /// <summary>Quantity in the base asset; always positive (the side carries the sign).</summary>
    public decimal Quantity { get; init; }

    public decimal? LimitPrice { get; init; }
    public decimal? StopPrice { get; init; }
    public TimeInForce TimeInForce { get; }
    public bool PostOnly { get; }

    /// <summary>May only lower the absolute position; the risk engine and venue enforce it.</summary>
    public bool ReduceOnly { get; }

    /// <summary>Free text that travels with the order (strategy, reason), never sent to the venue.</summary>
    public string? Tag { get; }

    public decimal SignedQuantity => Side == OrderSide.Buy ? Quantity : -Quantity;

    /// <summary>Returns a message naming the offending input, or null when the combination is valid.</summary>
    public static string? Validate(string clientOrderId, OrderSide side, OrderType type, decimal quantity, decimal? limitPrice,
        decimal? stopPrice, TimeInForce timeInForce, bool postOnly)
    {
        if (string.IsNullOrWhiteSpace(clientOrderId) || clientOrderId.Length > 64)
        {
            return $"order: clientOrderId must be 1-64 characters, got '{clientOrderId}'";
        }

        if (!Enum.IsDefined(side)) return $"order: side must be Buy or Sell, got {side}";
        if (!Enum.IsDefined(type)) return $"order: type must be Market, Limit, StopMarket or StopLimit, got {type}";
        if (!Enum.IsDefined(timeInForce)) return $"order: timeInForce must be Gtc, Ioc or Fok, got {timeInForce}";
        if (quantity <= 0) return $"order: quantity must be > 0, got {quantity}";

        var needsLimit = type is OrderType.Limit or OrderType.StopLimit;
        var needsStop = type is OrderType.StopMarket or OrderType.StopLimit;
        if (needsLimit && limitPrice is not > 0) return $"order: {type} needs limitPrice > 0, got {limitPrice?.ToString() ?? "none"}";
        if (!needsLimit && limitPrice is not null) return $"order: {type} must not carry a limitPrice, got {limitPrice}";
        if (needsStop && stopPrice is not > 0) return $"order: {type} needs stopPrice > 0, got {stopPrice?.ToString() ?? "none"}";
        if (!needsStop && stopPrice is not null) return $"order: {type} must not carry a stopPrice, got {stopPrice}";
        if (postOnly && type != OrderType.Limit) return $"order: postOnly is only valid for Limit orders, got {type}";
        if (postOnly && timeInForce != TimeInForce.Gtc) return $"order: postOnly needs timeInForce Gtc, got {timeInForce}";
        return null;
    }
}
