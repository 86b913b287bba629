using CryptoSmartTrader.Trading.Alpha;

namespace CryptoSmartTrader.Trading.Sizing;

/// <summary>
/// Volatility targeting: f = target annual vol / (bar σ × √barsPerYear) × ladder size multiplier, capped at
/// MaxPositionFraction. Without a volatility estimate it sizes 0: a position is never sized on an invented number.
/// </summary>
public sealed class VolatilityTargetSizer : IPositionSizer
{
    private readonly VolatilityTargetSizerOptions _options;

    public VolatilityTargetSizer(VolatilityTargetSizerOptions? options = null)
    {
        _options = options ?? new VolatilityTargetSizerOptions();
        _options.Validate();
    }

    public double Fraction(in AlphaInsight insight, in SizingContext context)
    {
        if (insight.Direction == 0 || !(context.BarVolatility > 0)) return 0;
        var annual = context.BarVolatility * Math.Sqrt(_options.BarsPerYear);
        var f = _options.TargetAnnualVolatility / annual * context.SizeMultiplier * Math.Abs(insight.Direction);
        return Math.Min(f, _options.MaxPositionFraction);
    }
}
