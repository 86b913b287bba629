namespace CryptoSmartTrader.Backtesting.Bias;

/// <summary>
/// How a run with <see cref="WarmupBars"/> bars of warm-up differs from the reference (longest warm-up) over the traded
/// period: counts of differing insights and decisions, the last time anything differed (null when nothing did), whether
/// the order lists are identical, and per feature the largest relative deviation at the first traded bar.
/// </summary>
public sealed record RecursiveRow(
    int WarmupBars,
    int ActualWarmupSteps,
    int InsightDeviations,
    int DecisionDeviations,
    DateTimeOffset? LastDeviation,
    bool SameOrders,
    IReadOnlyDictionary<string, double> FeatureDeviationAtStart);
