namespace CryptoSmartTrader.Features.Regimes;

/// <summary>Which Hurst estimator to use.</summary>
public enum HurstMethod
{
    RescaledRange = 0,
    Dfa = 1,
}
