namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>The kind of decision recorded in the <see cref="IDecisionLog"/>.</summary>
public enum DecisionAction
{
    Target = 1,
    RiskApproved = 2,
    RiskShrunk = 3,
    RiskDenied = 4,
    OrderSubmitted = 5,
    OrderRejected = 6,
    OrderFilled = 7,
    OrderCanceled = 8,
    OrderReplaced = 9,
    StateChanged = 10,
    Hold = 11,
}
