namespace CryptoSmartTrader.Features.Whales;

/// <summary>Settings of split-print aggregation, large-trade thresholds and burst detection.</summary>
public sealed class WhaleOptions
{
    /// <summary>
    /// Consecutive prints of one side within this time of the group's first print may be one order's fills. The default 0
    /// merges only prints stamped in the same millisecond: on the recorded tapes a 50 ms window merged many prints that
    /// provably came from different orders (see docs/features.md, "Whales").
    /// </summary>
    public TimeSpan AggregationWindow { get; set; } = TimeSpan.Zero;

    /// <summary>Maximum price distance from the group's first print, in bps (0 = same price only; 10 lets one order's sweep through several levels merge).</summary>
    public double PriceToleranceBps { get; set; } = 10;

    /// <summary>The rolling high quantile (0..1) of past aggregated notionals that marks a print as large.</summary>
    public double Quantile { get; set; } = 0.99;

    /// <summary>How many past aggregated prints the quantile is taken over.</summary>
    public int QuantileLookback { get; set; } = 5000;

    /// <summary>Past prints needed before the quantile rule applies (until then only the absolute threshold can flag).</summary>
    public int QuantileMinHistory { get; set; } = 200;

    /// <summary>Optional absolute notional (quote currency) at or above which a print is always large.</summary>
    public double? AbsoluteNotional { get; set; }

    public TimeSpan BurstWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>A large print is part of a burst when at least this many large prints (itself included) fall in the burst window ending at it.</summary>
    public int BurstMinCount { get; set; } = 3;

    internal void Validate()
    {
        if (AggregationWindow < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(AggregationWindow), AggregationWindow, "whales: AggregationWindow must be >= 0");
        if (!(PriceToleranceBps >= 0)) throw new ArgumentOutOfRangeException(nameof(PriceToleranceBps), PriceToleranceBps, "whales: PriceToleranceBps must be >= 0");
        if (!(Quantile is > 0 and < 1)) throw new ArgumentOutOfRangeException(nameof(Quantile), Quantile, "whales: Quantile must be in (0, 1)");
        if (QuantileLookback < 2) throw new ArgumentOutOfRangeException(nameof(QuantileLookback), QuantileLookback, "whales: QuantileLookback must be >= 2");
        if (QuantileMinHistory < 2 || QuantileMinHistory > QuantileLookback)
            throw new ArgumentOutOfRangeException(nameof(QuantileMinHistory), QuantileMinHistory, "whales: QuantileMinHistory must be in 2..QuantileLookback");
        if (AbsoluteNotional is { } a && !(a > 0)) throw new ArgumentOutOfRangeException(nameof(AbsoluteNotional), a, "whales: AbsoluteNotional must be > 0 when set");
        if (BurstWindow <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(BurstWindow), BurstWindow, "whales: BurstWindow must be > 0");
        if (BurstMinCount < 2) throw new ArgumentOutOfRangeException(nameof(BurstMinCount), BurstMinCount, "whales: BurstMinCount must be >= 2");
    }
}
