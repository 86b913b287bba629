namespace CryptoSmartTrader.Data.Exchanges.Private;

/// <summary>One asset's balance: free to trade and locked in open orders.</summary>
public readonly record struct AssetBalance(string Asset, decimal Free, decimal Locked)
{
    public decimal Total => Free + Locked;
}
