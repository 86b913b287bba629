namespace CryptoSmartTrader.Trading.Risk;

/// <summary>NautilusTrader's trading states: Reducing accepts only exposure-reducing orders, Halted only cancels.</summary>
public enum TradingState
{
    Active = 1,
    Reducing = 2,
    Halted = 3,
}
