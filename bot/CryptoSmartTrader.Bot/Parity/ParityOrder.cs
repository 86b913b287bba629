using CryptoSmartTrader.Backtesting.Engine;

namespace CryptoSmartTrader.Bot.Parity;

/// <summary>One order as the comparison sees it: the bar it was sent at, what it asked for, and its fills summed (volume-weighted price).</summary>
internal sealed record ParityOrder(DateTimeOffset Bar, string Symbol, string Side, string ClientOrderId, decimal FilledQuantity, decimal? AveragePrice)
{
    /// <summary>Reads a session's orders and fills; callers of a live session hold its gate.</summary>
    public static IReadOnlyList<ParityOrder> From(KernelSession session)
    {
        var fills = session.Kernel.Fills.GroupBy(f => f.Fill.ClientOrderId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Qty: g.Sum(f => f.Fill.Quantity), Notional: g.Sum(f => f.Fill.Quantity * f.Fill.Price)), StringComparer.Ordinal);
        return session.Orders.Select(o =>
        {
            var id = o.Request.ClientOrderId;
            var (qty, notional) = fills.GetValueOrDefault(id);
            return new ParityOrder(o.Time, o.Request.Symbol.ToString(), o.Request.Side.ToString(), id, qty, qty > 0 ? notional / qty : null);
        }).ToArray();
    }
}
