namespace CryptoSmartTrader.Trading.Simulation;

/// <summary>Parameters of <see cref="SquareRootImpactSlippage"/>.</summary>
public sealed record SquareRootImpactParameters(double Coefficient = 1.0, double MaxFraction = 0.05)
{
    public double Coefficient { get; } = Coefficient >= 0 ? Coefficient : throw new ArgumentOutOfRangeException(nameof(Coefficient), Coefficient, "slippage: Coefficient must be >= 0");
    public double MaxFraction { get; } = MaxFraction > 0 ? MaxFraction : throw new ArgumentOutOfRangeException(nameof(MaxFraction), MaxFraction, "slippage: MaxFraction must be > 0");
}

/// <summary>
/// The square-root market-impact law: slippage = Y × σ × √(Q / V), with Q our quantity, V the bar's volume and σ the
/// bar's range (high − low) / open as its volatility (Almgren et al. 2005; Tóth et al. 2011). Capped at MaxFraction.
/// A bar with no volume gets the cap (it cannot fill anyway: participation is capped by volume).
/// </summary>
public sealed class SquareRootImpactSlippage(SquareRootImpactParameters parameters) : ISlippageModel
{
    public SquareRootImpactSlippage() : this(new SquareRootImpactParameters())
    {
    }

    public string Name => "sqrt";

    public double Fraction(in SlippageInput input)
    {
        var bar = input.Bar;
        if (!(bar.Volume > 0)) return parameters.MaxFraction;
        var sigma = (bar.High - bar.Low) / bar.Open;
        return Math.Min(parameters.MaxFraction, parameters.Coefficient * sigma * Math.Sqrt(input.Quantity / bar.Volume));
    }
}
