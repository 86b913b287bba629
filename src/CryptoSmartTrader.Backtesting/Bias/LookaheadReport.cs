namespace CryptoSmartTrader.Backtesting.Bias;

/// <summary>
/// What the lookahead analysis compared and what differed. <see cref="HasBias"/> is true when anything known at a
/// truncation point changed once later data was present.
/// </summary>
public sealed record LookaheadReport(
    IReadOnlyList<DateTimeOffset> Points,
    int FeaturesCompared,
    int InsightsCompared,
    int DecisionsCompared,
    int OrderListsCompared,
    int Deviations,
    IReadOnlyList<string> BiasedFeatures,
    IReadOnlyList<BiasFinding> Findings)
{
    public bool HasBias => Deviations > 0;
}
