namespace CryptoSmartTrader.Trading.Sizing;

/// <summary>Fractional Kelly settings.</summary>
public sealed class KellySizerOptions
{
    /// <summary>Multiplier on the full Kelly fraction (a quarter Kelly by default: full Kelly is far too aggressive with estimated edges).</summary>
    public double KellyFraction { get; set; } = 0.25;

    /// <summary>Largest fraction of equity in one position.</summary>
    public double MaxPositionFraction { get; set; } = 0.25;

    /// <summary>Size is multiplied by 1 / (1 + penalty × uncertainty); with 10, an interval width of 0.1 halves the size.</summary>
    public double UncertaintyPenalty { get; set; } = 10;

    public void Validate()
    {
        if (!(KellyFraction is > 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(KellyFraction), KellyFraction, "kelly: KellyFraction must be in (0, 1]");
        if (!(MaxPositionFraction is > 0 and <= 10)) throw new ArgumentOutOfRangeException(nameof(MaxPositionFraction), MaxPositionFraction, "kelly: MaxPositionFraction must be in (0, 10]");
        if (!(UncertaintyPenalty >= 0)) throw new ArgumentOutOfRangeException(nameof(UncertaintyPenalty), UncertaintyPenalty, "kelly: UncertaintyPenalty must be >= 0");
    }
}
