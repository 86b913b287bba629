using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Trading.Execution;

namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>Carrying out execution plans: single market orders, limit/post-only with cancel-replace repricing, TWAP slices and icebergs.</summary>
public sealed partial class TradingKernel
{
    private void Execute(in ExecutionIntent intent, in ExecutionPlan plan)
    {
        if (plan.Style == ExecutionStyle.Market)
        {
            SubmitChild(intent.SymbolIndex, intent.SignedQuantity, OrderType.Market, double.NaN, false, intent.Reason, null, intent.Confidence, checkRisk: false);
            return;
        }

        var algo = new ExecutionAlgorithm(intent, plan);
        _algos.Add(algo);
        _algoRemaining[intent.SymbolIndex] += intent.SignedQuantity;
        NextChild(algo, first: true);
    }

    private void StepAlgorithms()
    {
        for (var k = 0; k < _algos.Count; k++)
        {
            var algo = _algos[k];
            if (algo.Done) continue;
            if (algo.Plan.Style == ExecutionStyle.Twap)
            {
                if (_nowMs >= algo.NextSliceMs) NextChild(algo, first: false);
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
                CancelSlot(child, "limit not filled after the last reprice", ReasonCode.Canceled);
                Finish(algo);
                continue;
            }

            algo.Reprices++;
            _repricing = true;
            try
            {
                CancelSlot(child, "reprice", ReasonCode.Replaced);
            }
            finally
            {
                _repricing = false;
            }

            if (child.Order.IsTerminal) NextChild(algo, first: false);
        }

        _algos.RemoveAll(a => a.Done);
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

        var price = first ? plan.LimitPrice : Market.CloseOf(i) * (1 - algo.Sign * plan.LimitOffsetBps / 10_000);
        var size = plan.Style == ExecutionStyle.Iceberg ? Math.Min(plan.VisibleQuantity, unsent) : unsent;
        var reason = first ? algo.Intent.Reason : algo.Reprices > 0 && algo.BarsResting == 0 ? ReasonCode.LimitRepriced : ReasonCode.AlgorithmSlice;
        var sent = SubmitChild(i, algo.Sign * size, OrderType.Limit, price, plan.Style == ExecutionStyle.PostOnly, reason, algo, algo.Intent.Confidence, !first);
        if (!sent) Finish(algo);
    }

    private void Finish(ExecutionAlgorithm algo)
    {
        if (algo.Done) return;
        algo.Done = true;
        _algoRemaining[algo.Intent.SymbolIndex] -= algo.Sign * algo.Unsent;
        algo.Committed = algo.Total;
    }

    private bool SubmitChild(int i, double signedQuantity, OrderType type, double limitPrice, bool postOnly, ReasonCode reason,
        ExecutionAlgorithm? algo, double confidence, bool checkRisk)
    {
        var price = Market.CloseOf(i);
        if (checkRisk)
        {
            var decision = Risk.Evaluate(RiskCheckFor(i, signedQuantity, price, confidence), Exposure);
            if (decision.Verdict != CryptoSmartTrader.Trading.Risk.RiskVerdict.Approve) RecordRisk(i, decision, price);
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
            Record(i, DecisionAction.OrderRejected, ReasonCode.ExchangeRuleRejected, signedQuantity, price, null, error);
            return false;
        }

        var request = new OrderRequest(NextId(), Universe.ExchangeOf(i), Universe.SymbolOf(i), buy ? OrderSide.Buy : OrderSide.Sell, type, qty,
            limit, postOnly: postOnly);
        return SubmitOrder(new Order(request, _now), i, algo, reason).Accepted;
    }
}
