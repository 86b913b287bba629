namespace CryptoSmartTrader.Backtesting.Bias;

/// <summary>What differed between two runs that should agree.</summary>
public enum BiasFindingKind
{
    Feature = 1,
    Insight = 2,
    Decision = 3,
    Orders = 4,
}
