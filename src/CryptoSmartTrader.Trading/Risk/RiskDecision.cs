using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Risk;

/// <summary>The risk engine's answer for one order: approve, shrink to <see cref="Quantity"/> (signed), or deny, with the binding rule.</summary>
public readonly record struct RiskDecision(RiskVerdict Verdict, double Quantity, ReasonCode Reason)
{
    public bool Allowed => Verdict != RiskVerdict.Deny;

    public static RiskDecision Approve(double quantity) => new(RiskVerdict.Approve, quantity, ReasonCode.Approved);

    public static RiskDecision Deny(ReasonCode reason) => new(RiskVerdict.Deny, 0, reason);
}
