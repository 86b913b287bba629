namespace CryptoSmartTrader.Core.Markets;

/// <summary>The aggressor of a trade: a taker buy lifts the ask, a taker sell hits the bid.</summary>
public enum TakerSide
{
    Unknown = 0,
    Buy = 1,
    Sell = 2,
}
