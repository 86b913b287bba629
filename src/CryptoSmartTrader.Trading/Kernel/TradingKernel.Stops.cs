using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Trading.Risk;

namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>
/// Protective stops (<see cref="Execution.IExecutionModel.StopFor"/>): once a symbol's entry has filled and nothing else
/// is working for it, a stop for the whole position goes through the risk engine and the exchange rules to the venue.
/// It is cancelled when the kernel sends another order for the symbol (exit or rebalance; a fresh stop follows the
/// new position) or when the position it covers is gone.
/// </summary>
public sealed partial class TradingKernel
{
    private OrderSlot?[]? _stops;

    /// <summary>The protective stop working for symbol <paramref name="symbolIndex"/>, if any.</summary>
    public Order? ProtectiveStopOf(int symbolIndex) => _stops?[symbolIndex] is { } s && _orders.ContainsKey(s.Order.ClientOrderId) ? s.Order : null;

    private void SyncProtectiveStops()
    {
        for (var i = 0; i < Universe.Count; i++)
        {
            if (Exposure.PositionOf(i) == 0 && _stops?[i] is null) continue;
            SyncStop(i);
        }
    }

    private void SyncStop(int i)
    {
        var symbol = Universe.SymbolOf(i);
        var qty = Portfolio.QuantityOf(symbol);
        var rules = _rules[i];
        var cover = rules.RoundQuantity(Math.Abs(qty));
        if (_stops?[i] is { } slot)
        {
            var side = qty > 0 ? OrderSide.Sell : OrderSide.Buy;
            if (!_orders.ContainsKey(slot.Order.ClientOrderId)) _stops[i] = null; // filled or cancelled
            else if (cover > 0 && slot.Order.Request.Side == side && slot.Order.RemainingQuantity == cover) return;
            else CancelProtectiveStop(i, "protective stop: the position changed");
        }

        // Wait until the entry is complete: a working order or an algorithm still changes the position.
        if (cover <= 0 || Exposure.PendingOf(i) != 0 || _algoRemaining[i] != 0 || !_execution.PlacesProtectiveStops) return;
        var entry = Portfolio.PositionOf(symbol)!.AverageCost;
        if (_execution.StopFor(i, (double)qty, (double)entry) is not { } plan || !(plan.StopPrice > 0)) return;

        var buy = qty < 0;
        var stop = rules.RoundStop((decimal)plan.StopPrice);
        decimal? limit = plan.IsStopLimit && plan.LimitPrice > 0 ? rules.RoundPrice((decimal)plan.LimitPrice, buy) : null;
        if (stop <= 0 || (plan.IsStopLimit && limit is not > 0) || rules.Validate(cover, stop) is not null) return; // too small to protect: nothing sent
        var request = new OrderRequest(NextId(), Universe.ExchangeOf(i), symbol, buy ? OrderSide.Buy : OrderSide.Sell,
            limit is null ? OrderType.StopMarket : OrderType.StopLimit, cover, limit, stop, reduceOnly: true, tag: "protective-stop");
        var signed = (double)request.SignedQuantity;
        var decision = Risk.Evaluate(RiskCheckFor(i, signed, (double)stop, 1.0), Exposure);
        RecordRisk(i, decision, (double)stop);
        if (decision.Verdict != RiskVerdict.Approve) return;
        SubmitOrder(new Order(request, _now), i, null, ReasonCode.ProtectiveStop, protective: true);
    }

    private void CancelProtectiveStop(int i, string reason)
    {
        if (_stops?[i] is not { } slot) return;
        _stops[i] = null;
        if (_orders.ContainsKey(slot.Order.ClientOrderId)) CancelSlot(slot, reason, ReasonCode.Canceled);
    }
}
