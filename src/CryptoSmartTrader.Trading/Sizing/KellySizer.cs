using CryptoSmartTrader.Trading.Alpha;

namespace CryptoSmartTrader.Trading.Sizing;

/// <summary>
/// Fractional Kelly: f* = p − (1 − p) / b for win probability p and payoff ratio b (Kelly 1956; Thorp 2006), then
/// f = KellyFraction × ladder Kelly multiplier × f*, shrunk by 1 / (1 + penalty × uncertainty), multiplied by the
/// ladder's size multiplier and capped at MaxPositionFraction. No edge (f* ≤ 0) gives 0.
/// </summary>
public sealed class KellySizer : IPositionSizer
{
    private readonly KellySizerOptions _options;

    public KellySizer(KellySizerOptions? options = null)
    {
        _options = options ?? new KellySizerOptions();
        _options.Validate();
    }

    /// <summary>The full Kelly fraction p − (1 − p) / b.</summary>
    public static double FullKelly(double probability, double payoffRatio)
    {
        if (!(probability is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(probability), probability, "kelly: probability must be in [0, 1]");
        if (!(payoffRatio > 0)) throw new ArgumentOutOfRangeException(nameof(payoffRatio), payoffRatio, "kelly: payoff ratio must be > 0");
        return probability - (1 - probability) / payoffRatio;
    }

    public double Fraction(in AlphaInsight insight, in SizingContext context)
    {
        if (insight.Direction == 0 || !(insight.PayoffRatio > 0)) return 0;
        var full = insight.Confidence - (1 - insight.Confidence) / insight.PayoffRatio;
        if (full <= 0) return 0;
        var f = full * _options.KellyFraction * context.KellyMultiplier;
        var u = insight.Uncertainty > 0 ? insight.Uncertainty : 0;
        f /= 1 + _options.UncertaintyPenalty * u;
        f *= context.SizeMultiplier * Math.Abs(insight.Direction);
        return Math.Min(f, _options.MaxPositionFraction);
    }
}
