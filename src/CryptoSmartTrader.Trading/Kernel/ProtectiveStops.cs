using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Core.Portfolios;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Risk;

namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>
/// Protective stops (<see cref="IExecutionModel.StopFor"/>): once a symbol's entry has filled and nothing else
/// is working for it, a stop for the whole position goes through the risk engine and the exchange rules to the venue.
/// It is cancelled when the kernel sends another order for the symbol (exit or rebalance; a fresh stop follows the
/// new position) or when the position it covers is gone.
/// </summary>
internal sealed class ProtectiveStops
{
    private readonly OrderRouter _router;
    private readonly PlanExecutor _executor;
    private readonly IExecutionModel _execution;
    private readonly Portfolio _portfolio;
    private readonly ExposureBook _exposure;
    private readonly KernelRiskGate _gate;
    private readonly DecisionRecorder _recorder;
    private readonly KernelStepState _step;
    private readonly TradingUniverse _universe;
    private readonly ExchangeRules[] _rules;
    private OrderSlot?[]? _stops;

    public ProtectiveStops(OrderRouter router, PlanExecutor executor, IExecutionModel execution, Portfolio portfolio, ExposureBook exposure,
        KernelRiskGate gate, DecisionRecorder recorder, KernelStepState step, TradingUniverse universe, ExchangeRules[] rules)
    {
        _router = router;
        _executor = executor;
        _execution = execution;
        _portfolio = portfolio;
        _exposure = exposure;
        _gate = gate;
        _recorder = recorder;
        _step = step;
        _universe = universe;
        _rules = rules;
    }

    /// <summary>Whether stops need syncing after a bar: the execution model places them, or one was ever sent (manually or before).</summary>
    public bool Active => _stops is not null || _execution.PlacesProtectiveStops;

    public Order? Of(int symbolIndex) => _stops?[symbolIndex] is { } s && _router.IsWorking(s.Order.ClientOrderId) ? s.Order : null;

    public void Register(int i, OrderSlot slot) => (_stops ??= new OrderSlot?[_universe.Count])[i] = slot;

    public void Sync()
    {
        for (var i = 0; i < _universe.Count; i++)
        {
            if (_exposure.PositionOf(i) == 0 && _stops?[i] is null) continue;
            SyncStop(i);
        }
    }

    public void Cancel(int i, string reason)
    {
        if (_stops?[i] is not { } slot) return;
        _stops[i] = null;
        if (_router.IsWorking(slot.Order.ClientOrderId)) _router.CancelSlot(slot, reason, ReasonCode.Canceled);
    }

    private void SyncStop(int i)
    {
        var symbol = _universe.SymbolOf(i);
        var qty = _portfolio.QuantityOf(symbol);
        var rules = _rules[i];
        var cover = rules.RoundQuantity(Math.Abs(qty));
        if (_stops?[i] is { } slot)
        {
            var side = qty > 0 ? OrderSide.Sell : OrderSide.Buy;
            if (!_router.IsWorking(slot.Order.ClientOrderId)) _stops[i] = null; // filled or cancelled
            else if (cover > 0 && slot.Order.Request.Side == side && slot.Order.RemainingQuantity == cover) return;
            else Cancel(i, "protective stop: the position changed");
        }

        // Wait until the entry is complete: a working order or an algorithm still changes the position.
        if (cover <= 0 || _exposure.PendingOf(i) != 0 || _executor.RemainingOf(i) != 0 || !_execution.PlacesProtectiveStops) return;
        var entry = _portfolio.PositionOf(symbol)!.AverageCost;
        if (_execution.StopFor(i, (double)qty, (double)entry) is not { } plan || !(plan.StopPrice > 0)) return;

        var buy = qty < 0;
        var stop = rules.RoundStop((decimal)plan.StopPrice);
        decimal? limit = plan.IsStopLimit && plan.LimitPrice > 0 ? rules.RoundPrice((decimal)plan.LimitPrice, buy) : null;
        if (stop <= 0 || (plan.IsStopLimit && limit is not > 0) || rules.Validate(cover, stop) is not null) return; // too small to protect: nothing sent
        var request = new OrderRequest(_router.NextId(), _universe.ExchangeOf(i), symbol, buy ? OrderSide.Buy : OrderSide.Sell,
            limit is null ? OrderType.StopMarket : OrderType.StopLimit, cover, limit, stop, reduceOnly: true, tag: "protective-stop");
        var signed = (double)request.SignedQuantity;
        var decision = _gate.Evaluate(i, signed, (double)stop, 1.0);
        _recorder.RecordRisk(i, decision, (double)stop);
        if (decision.Verdict != RiskVerdict.Approve) return;
        _router.SubmitOrder(new Order(request, _step.Now), i, null, ReasonCode.ProtectiveStop, protective: true);
    }
}
