namespace CryptoSmartTrader.Features.Regimes;

/// <summary>The six market regimes. The numeric value is what the <c>regime</c> column holds.</summary>
public enum MarketRegime
{
    TrendUp = 0,
    TrendDown = 1,
    Ranging = 2,
    VolatilityExpansion = 3,
    Compression = 4,
    Crash = 5,
}
