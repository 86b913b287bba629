namespace CryptoSmartTrader.Trading.Simulation;

/// <summary>Parameters of <see cref="FixedBpsSlippage"/>.</summary>
public sealed record FixedBpsSlippageParameters(double Bps = 5)
{
    public double Bps { get; } = Bps >= 0 ? Bps : throw new ArgumentOutOfRangeException(nameof(Bps), Bps, "slippage: Bps must be >= 0");
}

/// <summary>A constant slippage in basis points for every taker fill.</summary>
public sealed class FixedBpsSlippage(FixedBpsSlippageParameters parameters) : ISlippageModel
{
    public FixedBpsSlippage(double bps) : this(new FixedBpsSlippageParameters(bps))
    {
    }

    public string Name => $"fixed:{parameters.Bps}";

    public double Fraction(in SlippageInput input) => parameters.Bps / 10_000;
}
