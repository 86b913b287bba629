namespace CryptoSmartTrader.Data.Exchanges;

/// <summary>Whether an instrument can be traded now.</summary>
public enum MarketStatus
{
    Unknown = 0,
    Trading = 1,
    Halted = 2,
}
