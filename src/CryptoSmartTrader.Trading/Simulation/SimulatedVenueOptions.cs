namespace CryptoSmartTrader.Trading.Simulation;

/// <summary>Every knob of the simulated venue; docs/assumptions.md explains each.</summary>
public sealed class SimulatedVenueOptions
{
    /// <summary>An order acts on the market only from submit time + latency: it can fill on bars that open at or after that instant.</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    /// <summary>Largest share of a bar's volume our orders may take on that bar (all our orders in the symbol together).</summary>
    public double ParticipationRate { get; set; } = 0.10;

    public LimitFillRule LimitFillRule { get; set; } = LimitFillRule.TradeThrough;

    public IntraBarPath IntraBarPath { get; set; } = IntraBarPath.Adaptive;

    /// <summary>Full bid-ask spread assumed when no order book is known; taker fills pay half of it.</summary>
    public double SpreadBps { get; set; } = 2;

    public ISlippageModel Slippage { get; set; } = new FixedBpsSlippage(5);

    public void Validate()
    {
        if (Latency < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(Latency), Latency, "venue: Latency must be >= 0");
        if (!(ParticipationRate is > 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(ParticipationRate), ParticipationRate, "venue: ParticipationRate must be in (0, 1]");
        if (!Enum.IsDefined(LimitFillRule)) throw new ArgumentOutOfRangeException(nameof(LimitFillRule), LimitFillRule, "venue: unknown LimitFillRule");
        if (!Enum.IsDefined(IntraBarPath)) throw new ArgumentOutOfRangeException(nameof(IntraBarPath), IntraBarPath, "venue: unknown IntraBarPath");
        if (!(SpreadBps >= 0)) throw new ArgumentOutOfRangeException(nameof(SpreadBps), SpreadBps, "venue: SpreadBps must be >= 0");
        ArgumentNullException.ThrowIfNull(Slippage);
    }
}
