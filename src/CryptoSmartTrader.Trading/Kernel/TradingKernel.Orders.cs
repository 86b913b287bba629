using System.Globalization;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Risk;

namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>Order submission, venue callbacks and the manual order API (all orders pass the risk engine).</summary>
public sealed partial class TradingKernel : IVenueListener
{
    private readonly ExchangeRules[] _rules;
    private readonly double[] _minNotional;
    private readonly double[] _algoRemaining;
    private readonly List<ExecutionAlgorithm> _algos = [];
    private readonly Dictionary<string, OrderSlot> _orders = new(StringComparer.Ordinal);
    private readonly List<FillEvent> _fills = [];
    private BarCloseContext? _context;
    private DateTimeOffset _now;
    private long _nowMs;
    private int _ordersThisStep;
    private int _fillsThisStep;
    private long _sequence;
    private bool _repricing;

    /// <summary>Every fill booked, in order.</summary>
    public IReadOnlyList<FillEvent> Fills => _fills;

    public int OpenOrderCount => _orders.Count;

    public IEnumerable<Order> OpenOrders => _orders.Values.Select(s => s.Order);

    /// <summary>Submits an order from outside the pipeline (a protective stop, a manual trade). It passes the risk engine
    /// (with <paramref name="confidence"/>) and the exchange rules; a shrink lowers its quantity to the lot step.</summary>
    public VenueResult Submit(OrderRequest request, double confidence = 1.0)
    {
        ArgumentNullException.ThrowIfNull(request);
        Touch();
        var i = Universe.IndexOf(request.Symbol);
        if (i < 0) return VenueResult.Refused(ReasonCode.InvalidOrder, $"kernel: {request.Symbol} is not in the universe");
        if (_orders.ContainsKey(request.ClientOrderId)) return VenueResult.Refused(ReasonCode.InvalidOrder, $"kernel: client order id {request.ClientOrderId} is already working");
        var price = (double)(request.LimitPrice ?? request.StopPrice ?? 0m);
        if (!(price > 0)) price = Market.CloseOf(i);
        if (!(price > 0)) return VenueResult.Refused(ReasonCode.InvalidOrder, $"kernel: no price known yet for {request.Symbol}");

        var signed = (double)request.SignedQuantity;
        var decision = Risk.Evaluate(RiskCheckFor(i, signed, price, confidence), Exposure);
        RecordRisk(i, decision, price);
        if (!decision.Allowed) return VenueResult.Refused(decision.Reason, $"risk: {decision.Reason}");
        var rules = _rules[i];
        if (decision.Verdict == RiskVerdict.Shrink) request = request with { Quantity = rules.RoundQuantity((decimal)Math.Abs(decision.Quantity)) };

        var error = rules.RoundQuantity(request.Quantity) != request.Quantity ? $"quantity {request.Quantity} is not a multiple of the lot size {rules.LotSize}"
            : request.LimitPrice is { } lp && lp % rules.TickSize != 0 ? $"limit price {lp} is not a multiple of the tick size {rules.TickSize}"
            : rules.Validate(request.Quantity, (decimal)price);
        if (error is not null)
        {
            Record(i, DecisionAction.OrderRejected, ReasonCode.ExchangeRuleRejected, signed, price, request.ClientOrderId, error);
            return VenueResult.Refused(ReasonCode.ExchangeRuleRejected, error);
        }

        return SubmitOrder(new Order(request, _now), i, null, ReasonCode.ManualOrder);
    }

    /// <summary>Cancels a working order; cancels are accepted in every trading state.</summary>
    public VenueResult Cancel(string clientOrderId, string reason)
    {
        Touch();
        if (!_orders.TryGetValue(clientOrderId, out var slot)) return VenueResult.Refused(ReasonCode.InvalidOrder, $"kernel: no working order {clientOrderId}");
        return CancelSlot(slot, reason, ReasonCode.Canceled);
    }

    /// <summary>Cancel/replace: cancels the working order and submits the same order with a new quantity and/or limit price under a new id.</summary>
    public VenueResult Replace(string clientOrderId, decimal? newQuantity = null, decimal? newLimitPrice = null)
    {
        Touch();
        if (!_orders.TryGetValue(clientOrderId, out var slot)) return VenueResult.Refused(ReasonCode.InvalidOrder, $"kernel: no working order {clientOrderId}");
        var old = slot.Order.Request;
        var cancel = CancelSlot(slot, "replace", ReasonCode.Replaced);
        if (!cancel.Accepted) return cancel;
        var replacement = new OrderRequest(NextId(), old.Exchange, old.Symbol, old.Side, old.Type, newQuantity ?? slot.Order.RemainingQuantity,
            newLimitPrice ?? old.LimitPrice, old.StopPrice, old.TimeInForce, old.PostOnly, old.ReduceOnly, old.Tag);
        return Submit(replacement);
    }

    public void CancelAll(string reason)
    {
        Touch();
        foreach (var slot in _orders.Values.ToArray()) CancelSlot(slot, reason, ReasonCode.Canceled);
        foreach (var algo in _algos) Finish(algo);
        _algos.Clear();
    }

    /// <summary>Manual kill switch: engages it (trading state Halted) and cancels every working order.</summary>
    public void EngageKillSwitch(string reason)
    {
        Touch();
        Risk.EngageKillSwitch(_now, reason);
        CancelAll("kill switch: " + reason);
    }

    public void ReleaseKillSwitch(string reason)
    {
        Touch();
        Risk.ReleaseKillSwitch(_now, reason);
    }

    /// <summary>A person releases the drawdown ladder (<see cref="Risk.RiskEngine.ReleaseLadder"/>) at the kernel's current time.</summary>
    public void ReleaseLadder(string reason)
    {
        Touch();
        Risk.ReleaseLadder(_now, reason);
    }

    /// <summary>Reports a system error (feed, venue, storage); repeated errors trip the kill switch.</summary>
    public void ReportSystemError(string message)
    {
        Touch();
        var before = Risk.State;
        Risk.ReportSystemError(_now, message);
        if (Risk.State == TradingState.Halted && before != TradingState.Halted) CancelAll("trading halted");
    }

    void IVenueListener.OnFill(Order order, in FillEvent fill)
    {
        if (!_orders.TryGetValue(order.ClientOrderId, out var slot))
        {
            Risk.ReportSystemError(_now, $"fill for unknown order {order.ClientOrderId}");
            return;
        }

        var i = slot.SymbolIndex;
        var f = fill.Fill;
        var update = Portfolio.Apply(f);
        if (!update.Applied) Risk.ReportSystemError(_now, update.Error ?? "portfolio refused a fill");
        var signed = (double)(f.Side == OrderSide.Buy ? f.Quantity : -f.Quantity);
        var price = (double)f.Price;
        Exposure.ApplyFill(i, signed, price, (double)update.FeeValue);
        if (!slot.Protective)
        {
            Exposure.AddPending(i, -signed);
            slot.PendingSigned -= signed;
        }

        _fills.Add(fill);
        _fillsThisStep++;
        Record(i, DecisionAction.OrderFilled, order.Status == OrderStatus.Filled ? ReasonCode.Filled : ReasonCode.PartiallyFilled, signed, price, order.ClientOrderId);
        if (order.IsTerminal) Closed(slot, ReasonCode.Filled);
    }

    void IVenueListener.OnOrderClosed(Order order, int symbolIndex, ReasonCode reason)
    {
        if (_orders.TryGetValue(order.ClientOrderId, out var slot)) Closed(slot, reason);
    }

    private VenueResult CancelSlot(OrderSlot slot, string reason, ReasonCode code)
    {
        var result = _venue.Cancel(slot.Order, _now, reason);
        if (result.Accepted && slot.Order.IsTerminal && _orders.ContainsKey(slot.Order.ClientOrderId)) Closed(slot, code);
        return result;
    }

    private void Closed(OrderSlot slot, ReasonCode reason)
    {
        var order = slot.Order;
        _orders.Remove(order.ClientOrderId);
        var i = slot.SymbolIndex;
        Exposure.AddPending(i, -slot.PendingSigned);
        slot.PendingSigned = 0;
        if (order.Status != OrderStatus.Filled)
        {
            Record(i, reason == ReasonCode.Replaced ? DecisionAction.OrderReplaced : DecisionAction.OrderCanceled, reason,
                (double)(order.Request.Side == OrderSide.Buy ? order.RemainingQuantity : -order.RemainingQuantity), 0, order.ClientOrderId, order.Reason);
        }

        var algo = slot.Algorithm;
        if (algo is null || algo.Child != slot) return;
        algo.Child = null;
        algo.BarsResting = 0;
        if (order.Status == OrderStatus.Filled) return;
        var rest = (double)order.RemainingQuantity;
        algo.Committed -= rest;
        _algoRemaining[i] += algo.Sign * rest;
        if (!_repricing) Finish(algo);
    }

    private VenueResult SubmitOrder(Order order, int i, ExecutionAlgorithm? algo, ReasonCode reason, bool protective = false)
    {
        var request = order.Request;
        var result = _venue.Submit(order, i, _now);
        var signed = (double)request.SignedQuantity;
        var price = (double)(request.LimitPrice ?? request.StopPrice ?? 0m);
        if (!result.Accepted)
        {
            Record(i, DecisionAction.OrderRejected, result.Reason, signed, price, request.ClientOrderId, result.Error);
            return result;
        }

        var slot = new OrderSlot(order, i, algo, protective) { PendingSigned = protective ? 0 : signed };
        _orders.Add(request.ClientOrderId, slot);
        Exposure.AddPending(i, slot.PendingSigned);
        if (protective) (_stops ??= new OrderSlot?[Universe.Count])[i] = slot;
        _ordersThisStep++;
        if (algo is not null)
        {
            algo.Child = slot;
            algo.Committed += Math.Abs(signed);
            _algoRemaining[i] -= signed;
        }

        Record(i, DecisionAction.OrderSubmitted, reason, signed, price, request.ClientOrderId);
        return result;
    }

    private void RecordRisk(int i, in RiskDecision decision, double price) =>
        Record(i, decision.Verdict switch
        {
            RiskVerdict.Approve => DecisionAction.RiskApproved,
            RiskVerdict.Shrink => DecisionAction.RiskShrunk,
            _ => DecisionAction.RiskDenied,
        }, decision.Reason, decision.Quantity, price);

    private string NextId() => _options.ClientOrderIdPrefix + "-" + (++_sequence).ToString(CultureInfo.InvariantCulture);

    /// <summary>Calls outside <see cref="OnBarClose"/> are stamped with the clock, never earlier than the last bar close.</summary>
    private void Touch()
    {
        var now = _time.GetUtcNow();
        if (now > _now)
        {
            _now = now;
            _nowMs = now.ToUnixTimeMilliseconds();
        }
    }
}
