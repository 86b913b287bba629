namespace CryptoSmartTrader.Features.CrossCoin;

/// <summary>Windows of the cross-coin features (defaults suit hourly bars).</summary>
public sealed class CrossCoinOptions
{
    /// <summary>The benchmark's base asset (BTC).</summary>
    public string BenchmarkBase { get; set; } = "BTC";
    public int CorrelationWindow { get; set; } = 168;

    /// <summary>Rolling statistics need at least this fraction of the window's rows with both returns present.</summary>
    public double MinObservationFraction { get; set; } = 0.8;
    public int RelativeStrengthLookback { get; set; } = 24;
    public int BreadthMaWindow { get; set; } = 50;
    public int LeadLags { get; set; } = 3;

    internal int MinObservations => Math.Max(3, (int)Math.Ceiling(CorrelationWindow * MinObservationFraction));

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(BenchmarkBase)) throw new ArgumentException("cross-coin options: BenchmarkBase must name an asset such as BTC");
        if (CorrelationWindow < 3) throw new ArgumentOutOfRangeException(nameof(CorrelationWindow), CorrelationWindow, "cross-coin options: CorrelationWindow must be >= 3");
        if (!(MinObservationFraction is > 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(MinObservationFraction), MinObservationFraction, "cross-coin options: MinObservationFraction must be in (0, 1]");
        if (RelativeStrengthLookback < 1) throw new ArgumentOutOfRangeException(nameof(RelativeStrengthLookback), RelativeStrengthLookback, "cross-coin options: RelativeStrengthLookback must be >= 1");
        if (BreadthMaWindow < 2) throw new ArgumentOutOfRangeException(nameof(BreadthMaWindow), BreadthMaWindow, "cross-coin options: BreadthMaWindow must be >= 2");
        if (LeadLags is < 0 or > 24) throw new ArgumentOutOfRangeException(nameof(LeadLags), LeadLags, "cross-coin options: LeadLags must be in 0..24");
    }
}
