namespace CryptoSmartTrader.Core.Orders;

public enum TimeInForce
{
    /// <summary>Good till cancelled.</summary>
    Gtc = 1,

    /// <summary>Immediate or cancel: fill what is possible now, cancel the rest.</summary>
    Ioc = 2,

    /// <summary>Fill or kill: fill completely now or not at all.</summary>
    Fok = 3,
}
