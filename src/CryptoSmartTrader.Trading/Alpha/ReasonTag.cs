namespace CryptoSmartTrader.Trading.Alpha;

/// <summary>Where an insight came from; an enum rather than a string so that writing insights allocates nothing.</summary>
public enum ReasonTag
{
    None = 0,
    Rule = 1,
    Model = 2,
    Manual = 3,
}
