namespace CryptoSmartTrader.Features.CrossSection;

/// <summary>
/// Windows (in bars; the defaults suit hourly bars) of the cross-sectional factors and the universe rules. A symbol joins
/// the universe <see cref="WarmUpBars"/> after its first bar (so every factor can be defined) and leaves when it stops
/// trading (no bar at a row means not a member at that row): membership is point-in-time, never "survivors only".
/// </summary>
public sealed class CrossSectionalOptions
{
    /// <summary>The benchmark's base asset for beta and residual momentum (BTC).</summary>
    public string BenchmarkBase { get; set; } = "BTC";

    /// <summary>Momentum look-backs (log return over this many bars): 24h, 7d, 30d on hourly bars.</summary>
    public IReadOnlyList<int> MomentumBars { get; set; } = [24, 168, 720];

    public int VolatilityBars { get; set; } = 168;
    public int TurnoverBars { get; set; } = 168;
    public int HighBars { get; set; } = 720;
    public int BetaBars { get; set; } = 720;

    /// <summary>Residual momentum uses this look-back (must be one of <see cref="MomentumBars"/>).</summary>
    public int ResidualMomentumBars { get; set; } = 168;

    /// <summary>Bars after a symbol's first bar before it counts as a member (≥ the longest window).</summary>
    public int WarmUpBars { get; set; } = 720;

    /// <summary>Rows with fewer members holding a value give NaN ranks and z-scores (a cross-section of 2 says little).</summary>
    public int MinMembers { get; set; } = 4;

    /// <summary>Rolling statistics need at least this fraction of their window present (missing bars are never filled).</summary>
    public double MinObservationFraction { get; set; } = 0.8;

    internal int MinObservations(int window) => Math.Max(2, (int)Math.Ceiling(window * MinObservationFraction));

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(BenchmarkBase)) throw new ArgumentException("cross-sectional options: BenchmarkBase must name an asset such as BTC");
        if (MomentumBars is null || MomentumBars.Count == 0 || MomentumBars.Any(b => b < 1))
            throw new ArgumentException("cross-sectional options: MomentumBars must hold look-backs >= 1 bar");
        if (!MomentumBars.Contains(ResidualMomentumBars))
            throw new ArgumentException($"cross-sectional options: ResidualMomentumBars ({ResidualMomentumBars}) must be one of MomentumBars ({string.Join(", ", MomentumBars)})");
        foreach (var (name, v) in new[] { ("VolatilityBars", VolatilityBars), ("TurnoverBars", TurnoverBars), ("HighBars", HighBars), ("BetaBars", BetaBars) })
        {
            if (v < 3) throw new ArgumentOutOfRangeException(name, v, $"cross-sectional options: {name} must be >= 3");
        }

        if (WarmUpBars < 0) throw new ArgumentOutOfRangeException(nameof(WarmUpBars), WarmUpBars, "cross-sectional options: WarmUpBars must be >= 0");
        if (MinMembers < 2) throw new ArgumentOutOfRangeException(nameof(MinMembers), MinMembers, "cross-sectional options: MinMembers must be >= 2");
        if (!(MinObservationFraction is > 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(MinObservationFraction), MinObservationFraction, "cross-sectional options: MinObservationFraction must be in (0, 1]");
    }
}
