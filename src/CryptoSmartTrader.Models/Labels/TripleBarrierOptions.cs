namespace CryptoSmartTrader.Models.Labels;

/// <summary>
/// Triple-barrier labelling (López de Prado, AFML ch. 3): profit-take and stop-loss barriers at multiples of the
/// trailing volatility scaled to the horizon, and a vertical barrier at the horizon.
/// </summary>
public sealed record TripleBarrierOptions
{
    public double UpperMultiple { get; init; } = 1.0;
    public double LowerMultiple { get; init; } = 1.0;

    /// <summary>Bars of trailing one-bar log returns used for the volatility estimate (past bars only).</summary>
    public int VolatilityLookback { get; init; } = 24;

    internal void Validate()
    {
        if (!(UpperMultiple > 0) || !(LowerMultiple > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(UpperMultiple), $"triple barrier: multiples must be > 0, got upper {UpperMultiple}, lower {LowerMultiple}");
        }

        if (VolatilityLookback < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(VolatilityLookback), VolatilityLookback, "triple barrier: volatility lookback must be at least 2 bars");
        }
    }
}
