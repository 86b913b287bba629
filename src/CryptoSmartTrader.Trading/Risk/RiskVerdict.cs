namespace CryptoSmartTrader.Trading.Risk;

public enum RiskVerdict
{
    Approve = 1,
    Shrink = 2,
    Deny = 3,
}
