using CryptoSmartTrader.Trading.Risk;

namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>Writes the kernel's decisions to the <see cref="IDecisionLog"/>, stamped with the step's time and the symbol.</summary>
internal sealed class DecisionRecorder(IDecisionLog log, TradingUniverse universe, KernelStepState step)
{
    public IDecisionLog Log => log;

    public void Record(int i, DecisionAction action, ReasonCode reason, double quantity, double price, string? orderId = null, string? details = null) =>
        log.Record(new Decision(step.Now, universe.SymbolOf(i), action, reason, quantity, price, orderId, details));

    public void RecordRisk(int i, in RiskDecision decision, double price) =>
        Record(i, decision.Verdict switch
        {
            RiskVerdict.Approve => DecisionAction.RiskApproved,
            RiskVerdict.Shrink => DecisionAction.RiskShrunk,
            _ => DecisionAction.RiskDenied,
        }, decision.Reason, decision.Quantity, price);
}
