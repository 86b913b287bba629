namespace CryptoSmartTrader.Trading.Sizing;

/// <summary>
/// What a sizer may know beyond the insight: the drawdown ladder's multipliers (Kelly fraction and overall size) and
/// the symbol's per-bar volatility (EWMA standard deviation of simple returns; NaN when not yet known).
/// </summary>
public readonly record struct SizingContext(double KellyMultiplier, double SizeMultiplier, double BarVolatility)
{
    public static SizingContext Neutral { get; } = new(1, 1, double.NaN);
}
