namespace CryptoSmartTrader.Features.Whales;

/// <summary>
/// The detector's verdict on one aggregated print. <see cref="Threshold"/> is the rolling quantile of the preceding prints'
/// notionals (NaN while fewer than QuantileMinHistory exist).
/// </summary>
public readonly record struct LargePrint(AggregatedPrint Print, double Threshold, bool ByQuantile, bool ByAbsolute, bool InBurst)
{
    public bool IsLarge => ByQuantile || ByAbsolute;
}
