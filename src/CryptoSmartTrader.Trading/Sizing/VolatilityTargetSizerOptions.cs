namespace CryptoSmartTrader.Trading.Sizing;

/// <summary>Volatility targeting settings.</summary>
public sealed class VolatilityTargetSizerOptions
{
    /// <summary>Annualised volatility each position should contribute.</summary>
    public double TargetAnnualVolatility { get; set; } = 0.20;

    /// <summary>Bars per year of the traded timeframe (8760 for 1h crypto bars, which trade around the clock).</summary>
    public double BarsPerYear { get; set; } = 8760;

    public double MaxPositionFraction { get; set; } = 0.25;

    public void Validate()
    {
        if (!(TargetAnnualVolatility > 0)) throw new ArgumentOutOfRangeException(nameof(TargetAnnualVolatility), TargetAnnualVolatility, "vol target: TargetAnnualVolatility must be > 0");
        if (!(BarsPerYear > 0)) throw new ArgumentOutOfRangeException(nameof(BarsPerYear), BarsPerYear, "vol target: BarsPerYear must be > 0");
        if (!(MaxPositionFraction is > 0 and <= 10)) throw new ArgumentOutOfRangeException(nameof(MaxPositionFraction), MaxPositionFraction, "vol target: MaxPositionFraction must be in (0, 10]");
    }
}
