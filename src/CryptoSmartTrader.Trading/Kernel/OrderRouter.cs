using CryptoSmartTrader.Core.Collections;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Core.Portfolios;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Risk;

namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>
/// The kernel's working orders: submission to the venue, cancels, the venue's fill and close callbacks (booked into the
/// portfolio and the exposure book), and the manual order API. Every order it is given has passed the risk engine.
/// </summary>
internal sealed class OrderRouter : IVenueListener
{
    private readonly IExecutionVenue _venue;
    private readonly Portfolio _portfolio;
    private readonly ExposureBook _exposure;
    private readonly MarketState _market;
    private readonly KernelRiskGate _gate;
    private readonly DecisionRecorder _recorder;
    private readonly KernelStepState _step;
    private readonly TradingUniverse _universe;
    private readonly ExchangeRules[] _rules;
    private readonly string _idPrefix;
    private readonly Dictionary<string, OrderSlot> _orders = new(StringComparer.Ordinal);
    private readonly AppendOnlyList<FillEvent> _fills = new();
    private PlanExecutor? _executor;
    private ProtectiveStops? _stops;
    private long _sequence;

    public OrderRouter(IExecutionVenue venue, Portfolio portfolio, ExposureBook exposure, MarketState market, KernelRiskGate gate,
        DecisionRecorder recorder, KernelStepState step, TradingUniverse universe, ExchangeRules[] rules, string idPrefix)
    {
        _venue = venue;
        _portfolio = portfolio;
        _exposure = exposure;
        _market = market;
        _gate = gate;
        _recorder = recorder;
        _step = step;
        _universe = universe;
        _rules = rules;
        _idPrefix = idPrefix;
    }

    public IReadOnlyList<FillEvent> Fills => _fills;
    public int Count => _orders.Count;
    public IEnumerable<Order> Orders => _orders.Values.Select(s => s.Order);

    /// <summary>The executor and the stops are told about the children and stops they sent (they in turn send through here).</summary>
    public void Attach(PlanExecutor executor, ProtectiveStops stops)
    {
        _executor = executor;
        _stops = stops;
    }

    public bool IsWorking(string clientOrderId) => _orders.ContainsKey(clientOrderId);

    public VenueResult Submit(OrderRequest request, double confidence)
    {
        _step.Touch();
        var i = _universe.IndexOf(request.Symbol);
        if (i < 0) return VenueResult.Refused(ReasonCode.InvalidOrder, $"kernel: {request.Symbol} is not in the universe");
        if (_orders.ContainsKey(request.ClientOrderId)) return VenueResult.Refused(ReasonCode.InvalidOrder, $"kernel: client order id {request.ClientOrderId} is already working");
        var price = (double)(request.LimitPrice ?? request.StopPrice ?? 0m);
        if (!(price > 0)) price = _market.CloseOf(i);
        if (!(price > 0)) return VenueResult.Refused(ReasonCode.InvalidOrder, $"kernel: no price known yet for {request.Symbol}");

        var signed = (double)request.SignedQuantity;
        var decision = _gate.Evaluate(i, signed, price, confidence);
        _recorder.RecordRisk(i, decision, price);
        if (!decision.Allowed) return VenueResult.Refused(decision.Reason, $"risk: {decision.Reason}");
        var rules = _rules[i];
        if (decision.Verdict == RiskVerdict.Shrink) request = request with { Quantity = rules.RoundQuantity((decimal)Math.Abs(decision.Quantity)) };

        var error = rules.RoundQuantity(request.Quantity) != request.Quantity ? $"quantity {request.Quantity} is not a multiple of the lot size {rules.LotSize}"
            : request.LimitPrice is { } lp && lp % rules.TickSize != 0 ? $"limit price {lp} is not a multiple of the tick size {rules.TickSize}"
            : rules.Validate(request.Quantity, (decimal)price);
        if (error is not null)
        {
            _recorder.Record(i, DecisionAction.OrderRejected, ReasonCode.ExchangeRuleRejected, signed, price, request.ClientOrderId, error);
            return VenueResult.Refused(ReasonCode.ExchangeRuleRejected, error);
        }

        return SubmitOrder(new Order(request, _step.Now), i, null, ReasonCode.ManualOrder);
    }

    public VenueResult Cancel(string clientOrderId, string reason)
    {
        _step.Touch();
        if (!_orders.TryGetValue(clientOrderId, out var slot)) return VenueResult.Refused(ReasonCode.InvalidOrder, $"kernel: no working order {clientOrderId}");
        return CancelSlot(slot, reason, ReasonCode.Canceled);
    }

    public VenueResult Replace(string clientOrderId, decimal? newQuantity, decimal? newLimitPrice)
    {
        _step.Touch();
        if (!_orders.TryGetValue(clientOrderId, out var slot)) return VenueResult.Refused(ReasonCode.InvalidOrder, $"kernel: no working order {clientOrderId}");
        var old = slot.Order.Request;
        var cancel = CancelSlot(slot, "replace", ReasonCode.Replaced);
        if (!cancel.Accepted) return cancel;
        var replacement = new OrderRequest(NextId(), old.Exchange, old.Symbol, old.Side, old.Type, newQuantity ?? slot.Order.RemainingQuantity,
            newLimitPrice ?? old.LimitPrice, old.StopPrice, old.TimeInForce, old.PostOnly, old.ReduceOnly, old.Tag);
        return Submit(replacement, 1.0);
    }

    public void CancelAll(string reason)
    {
        foreach (var slot in _orders.Values.ToArray()) CancelSlot(slot, reason, ReasonCode.Canceled);
    }

    void IVenueListener.OnFill(Order order, in FillEvent fill)
    {
        if (!_orders.TryGetValue(order.ClientOrderId, out var slot))
        {
            _gate.Engine.ReportSystemError(_step.Now, $"fill for unknown order {order.ClientOrderId}");
            return;
        }

        var i = slot.SymbolIndex;
        var f = fill.Fill;
        var update = _portfolio.Apply(f);
        if (!update.Applied) _gate.Engine.ReportSystemError(_step.Now, update.Error ?? "portfolio refused a fill");
        var signed = (double)(f.Side == OrderSide.Buy ? f.Quantity : -f.Quantity);
        var price = (double)f.Price;
        _exposure.ApplyFill(i, signed, price, (double)update.FeeValue);
        if (!slot.Protective)
        {
            _exposure.AddPending(i, -signed);
            slot.PendingSigned -= signed;
        }

        _fills.Add(fill);
        _step.Fills++;
        _recorder.Record(i, DecisionAction.OrderFilled, order.Status == OrderStatus.Filled ? ReasonCode.Filled : ReasonCode.PartiallyFilled, signed, price, order.ClientOrderId);
        if (order.IsTerminal) Closed(slot, ReasonCode.Filled);
    }

    void IVenueListener.OnOrderClosed(Order order, int symbolIndex, ReasonCode reason)
    {
        if (_orders.TryGetValue(order.ClientOrderId, out var slot)) Closed(slot, reason);
    }

    public VenueResult CancelSlot(OrderSlot slot, string reason, ReasonCode code)
    {
        var result = _venue.Cancel(slot.Order, _step.Now, reason);
        if (result.Accepted && slot.Order.IsTerminal && _orders.ContainsKey(slot.Order.ClientOrderId)) Closed(slot, code);
        return result;
    }

    public VenueResult SubmitOrder(Order order, int i, ExecutionAlgorithm? algo, ReasonCode reason, bool protective = false)
    {
        var request = order.Request;
        var result = _venue.Submit(order, i, _step.Now);
        var signed = (double)request.SignedQuantity;
        var price = (double)(request.LimitPrice ?? request.StopPrice ?? 0m);
        if (!result.Accepted)
        {
            _recorder.Record(i, DecisionAction.OrderRejected, result.Reason, signed, price, request.ClientOrderId, result.Error);
            return result;
        }

        var slot = new OrderSlot(order, i, algo, protective) { PendingSigned = protective ? 0 : signed };
        _orders.Add(request.ClientOrderId, slot);
        _exposure.AddPending(i, slot.PendingSigned);
        if (protective) _stops!.Register(i, slot);
        _step.Orders++;
        if (algo is not null) _executor!.OnChildSent(algo, slot, signed);
        _recorder.Record(i, DecisionAction.OrderSubmitted, reason, signed, price, request.ClientOrderId);
        return result;
    }

    public string NextId() => IdText.Join(_idPrefix, "-", ++_sequence);

    private void Closed(OrderSlot slot, ReasonCode reason)
    {
        var order = slot.Order;
        _orders.Remove(order.ClientOrderId);
        var i = slot.SymbolIndex;
        _exposure.AddPending(i, -slot.PendingSigned);
        slot.PendingSigned = 0;
        if (order.Status != OrderStatus.Filled)
        {
            _recorder.Record(i, reason == ReasonCode.Replaced ? DecisionAction.OrderReplaced : DecisionAction.OrderCanceled, reason,
                (double)(order.Request.Side == OrderSide.Buy ? order.RemainingQuantity : -order.RemainingQuantity), 0, order.ClientOrderId, order.Reason);
        }

        if (slot.Algorithm is { } algo) _executor!.OnChildClosed(algo, slot);
    }
}
