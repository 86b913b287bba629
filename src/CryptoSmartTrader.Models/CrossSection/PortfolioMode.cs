namespace CryptoSmartTrader.Models.CrossSection;

/// <summary>Which book a score builds at each rebalance.</summary>
public enum PortfolioMode
{
    /// <summary>Long the top k, short the bottom k, equal weights, half the gross each side (dollar-neutral).</summary>
    LongShort,

    /// <summary>Long the top k, equal weights, fully invested.</summary>
    LongOnly,

    /// <summary>Every member with a score, equal weights: the benchmark a long-only book must beat.</summary>
    EqualWeight,
}
