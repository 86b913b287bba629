namespace CryptoSmartTrader.Trading.Execution;

/// <summary>
/// How to work an intent. <see cref="LimitPrice"/> applies to Limit, PostOnly and Iceberg children (NaN for market);
/// <see cref="Slices"/> and <see cref="IntervalMs"/> to TWAP; <see cref="VisibleQuantity"/> to iceberg.
/// Unfilled limit children are cancelled and replaced at a fresh price after <see cref="RepriceAfterBars"/> bars,
/// at most <see cref="MaxReprices"/> times, then cancelled (the next target evaluation decides again).
/// </summary>
public readonly record struct ExecutionPlan(
    ExecutionStyle Style,
    double LimitPrice = double.NaN,
    int Slices = 1,
    long IntervalMs = 0,
    double VisibleQuantity = 0,
    int RepriceAfterBars = 1,
    int MaxReprices = 3,
    double LimitOffsetBps = 0);
