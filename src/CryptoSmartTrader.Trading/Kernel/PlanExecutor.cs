using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Risk;

namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>
/// Carries out execution plans: single market orders, limit/post-only with cancel-replace repricing, TWAP slices and
/// icebergs. Children after the first pass the risk engine again; all are rounded to the exchange rules and sent
/// through the <see cref="OrderRouter"/>, which reports their ends back here.
/// </summary>
internal sealed class PlanExecutor
{
    private readonly OrderRouter _router;
    private readonly MarketState _market;
    private readonly KernelRiskGate _gate;
    private readonly DecisionRecorder _recorder;
    private readonly KernelStepState _step;
    private readonly TradingUniverse _universe;
    private readonly ExchangeRules[] _rules;
    private readonly double[] _remaining;
    private readonly List<ExecutionAlgorithm> _algos = [];
    private bool _repricing;

    public PlanExecutor(OrderRouter router, MarketState market, KernelRiskGate gate, DecisionRecorder recorder, KernelStepState step,
        TradingUniverse universe, ExchangeRules[] rules)
    {
        _router = router;
        _market = market;
        _gate = gate;
        _recorder = recorder;
        _step = step;
        _universe = universe;
        _rules = rules;
        _remaining = new double[universe.Count];
    }

    public bool HasAlgorithms => _algos.Count > 0;

    /// <summary>Signed quantity an algorithm for symbol <paramref name="i"/> has yet to send (it counts towards the position).</summary>
    public double RemainingOf(int i) => _remaining[i];

    public void Execute(in ExecutionIntent intent, in ExecutionPlan plan)
    {
        if (plan.Style == ExecutionStyle.Market)
        {
            SubmitChild(intent.SymbolIndex, intent.SignedQuantity, OrderType.Market, double.NaN, false, intent.Reason, null, intent.Confidence, checkRisk: false);
            return;
        }

        var algo = new ExecutionAlgorithm(intent, plan);
        _algos.Add(algo);
        _remaining[intent.SymbolIndex] += intent.SignedQuantity;
        NextChild(algo, first: true);
    }

    public void Step()
    {
        for (var k = 0; k < _algos.Count; k++)
        {
            var algo = _algos[k];
            if (algo.Done) continue;
            if (algo.Plan.Style == ExecutionStyle.Twap)
            {
                if (_step.NowMs >= algo.NextSliceMs) NextChild(algo, first: false);
                continue;
            }

            if (algo.Child is null)
            {
                // The previous child filled: an iceberg shows its next part; a filled limit is finished.
                if (algo.Unsent > 0 && algo.Plan.Style == ExecutionStyle.Iceberg) NextChild(algo, first: false);
                else Finish(algo);
                continue;
            }

            if (++algo.BarsResting < algo.Plan.RepriceAfterBars) continue;
            var child = algo.Child;
            if (algo.Reprices >= algo.Plan.MaxReprices)
            {
                _router.CancelSlot(child, "limit not filled after the last reprice", ReasonCode.Canceled);
                Finish(algo);
                continue;
            }

            algo.Reprices++;
            _repricing = true;
            try
            {
                _router.CancelSlot(child, "reprice", ReasonCode.Replaced);
            }
            finally
            {
                _repricing = false;
            }

            if (child.Order.IsTerminal) NextChild(algo, first: false);
        }

        _algos.RemoveAll(a => a.Done);
    }

    /// <summary>Ends every algorithm (cancel-all, halt): what was not sent yet is dropped.</summary>
    public void FinishAll()
    {
        foreach (var algo in _algos) Finish(algo);
        _algos.Clear();
    }

    public void OnChildSent(ExecutionAlgorithm algo, OrderSlot slot, double signed)
    {
        algo.Child = slot;
        algo.Committed += Math.Abs(signed);
        _remaining[slot.SymbolIndex] -= signed;
    }

    public void OnChildClosed(ExecutionAlgorithm algo, OrderSlot slot)
    {
        if (algo.Child != slot) return;
        algo.Child = null;
        algo.BarsResting = 0;
        var order = slot.Order;
        if (order.Status == OrderStatus.Filled) return;
        var rest = (double)order.RemainingQuantity;
        algo.Committed -= rest;
        _remaining[slot.SymbolIndex] += algo.Sign * rest;
        if (!_repricing) Finish(algo);
    }

    private void NextChild(ExecutionAlgorithm algo, bool first)
    {
        var plan = algo.Plan;
        var i = algo.Intent.SymbolIndex;
        var unsent = algo.Unsent;
        if (unsent <= 0)
        {
            Finish(algo);
            return;
        }

        if (plan.Style == ExecutionStyle.Twap)
        {
            var left = plan.Slices - algo.SlicesSent;
            var qty = left <= 1 ? unsent : Math.Min(unsent, algo.Total / plan.Slices);
            algo.SlicesSent++;
            algo.NextSliceMs = algo.Intent.TimeMs + algo.SlicesSent * plan.IntervalMs;
            SubmitChild(i, algo.Sign * qty, OrderType.Market, double.NaN, false, first ? algo.Intent.Reason : ReasonCode.AlgorithmSlice, algo, algo.Intent.Confidence, !first);
            if (algo.SlicesSent >= plan.Slices) Finish(algo);
            return;
        }

        var price = first ? plan.LimitPrice : _market.CloseOf(i) * (1 - algo.Sign * plan.LimitOffsetBps / 10_000);
        var size = plan.Style == ExecutionStyle.Iceberg ? Math.Min(plan.VisibleQuantity, unsent) : unsent;
        var reason = first ? algo.Intent.Reason : algo.Reprices > 0 && algo.BarsResting == 0 ? ReasonCode.LimitRepriced : ReasonCode.AlgorithmSlice;
        var sent = SubmitChild(i, algo.Sign * size, OrderType.Limit, price, plan.Style == ExecutionStyle.PostOnly, reason, algo, algo.Intent.Confidence, !first);
        if (!sent) Finish(algo);
    }

    private void Finish(ExecutionAlgorithm algo)
    {
        if (algo.Done) return;
        algo.Done = true;
        _remaining[algo.Intent.SymbolIndex] -= algo.Sign * algo.Unsent;
        algo.Committed = algo.Total;
    }

    private bool SubmitChild(int i, double signedQuantity, OrderType type, double limitPrice, bool postOnly, ReasonCode reason,
        ExecutionAlgorithm? algo, double confidence, bool checkRisk)
    {
        var price = _market.CloseOf(i);
        if (checkRisk)
        {
            var decision = _gate.Evaluate(i, signedQuantity, price, confidence);
            if (decision.Verdict != RiskVerdict.Approve) _recorder.RecordRisk(i, decision, price);
            if (!decision.Allowed) return false;
            signedQuantity = decision.Quantity;
        }

        var rules = _rules[i];
        var buy = signedQuantity > 0;
        var qty = rules.RoundQuantity((decimal)Math.Abs(signedQuantity));
        decimal? limit = double.IsNaN(limitPrice) ? null : rules.RoundPrice((decimal)limitPrice, buy);
        var error = rules.Validate(qty, limit ?? (decimal)price);
        if (error is not null)
        {
            _recorder.Record(i, DecisionAction.OrderRejected, ReasonCode.ExchangeRuleRejected, signedQuantity, price, null, error);
            return false;
        }

        var request = new OrderRequest(_router.NextId(), _universe.ExchangeOf(i), _universe.SymbolOf(i), buy ? OrderSide.Buy : OrderSide.Sell, type, qty,
            limit, postOnly: postOnly);
        return _router.SubmitOrder(new Order(request, _step.Now), i, algo, reason).Accepted;
    }
}
