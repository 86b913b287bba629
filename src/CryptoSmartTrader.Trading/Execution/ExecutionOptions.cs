namespace CryptoSmartTrader.Trading.Execution;

/// <summary>Settings of the default <see cref="ExecutionModel"/>.</summary>
public sealed class ExecutionOptions
{
    public ExecutionStyle Style { get; set; } = ExecutionStyle.Market;

    /// <summary>Limit price distance from the reference price on the passive side (buy below, sell above), in basis points.</summary>
    public double LimitOffsetBps { get; set; } = 5;

    public int RepriceAfterBars { get; set; } = 1;
    public int MaxReprices { get; set; } = 3;
    public int TwapSlices { get; set; } = 4;
    public TimeSpan TwapPeriod { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Visible part of an iceberg as a fraction of the whole order.</summary>
    public double IcebergVisibleFraction { get; set; } = 0.25;

    /// <summary>
    /// Protective stop after every entry, this many percent beyond the average entry price (a long's sell stop below it,
    /// a short's buy stop above it); 0 (default) places none.
    /// </summary>
    public double StopLossPercent { get; set; }

    /// <summary>With <see cref="StopLossPercent"/>: null sends a stop-market order; a value sends a stop-limit whose limit lies this many basis points beyond the stop.</summary>
    public double? StopLimitOffsetBps { get; set; }

    public void Validate()
    {
        if (!Enum.IsDefined(Style)) throw new ArgumentOutOfRangeException(nameof(Style), Style, "execution: unknown style");
        if (!(LimitOffsetBps >= 0)) throw new ArgumentOutOfRangeException(nameof(LimitOffsetBps), LimitOffsetBps, "execution: LimitOffsetBps must be >= 0");
        if (RepriceAfterBars < 1) throw new ArgumentOutOfRangeException(nameof(RepriceAfterBars), RepriceAfterBars, "execution: RepriceAfterBars must be >= 1");
        if (MaxReprices < 0) throw new ArgumentOutOfRangeException(nameof(MaxReprices), MaxReprices, "execution: MaxReprices must be >= 0");
        if (TwapSlices < 1) throw new ArgumentOutOfRangeException(nameof(TwapSlices), TwapSlices, "execution: TwapSlices must be >= 1");
        if (TwapPeriod < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(TwapPeriod), TwapPeriod, "execution: TwapPeriod must be >= 0");
        if (!(StopLossPercent is >= 0 and < 100)) throw new ArgumentOutOfRangeException(nameof(StopLossPercent), StopLossPercent, "execution: StopLossPercent must be in [0, 100)");
        if (StopLimitOffsetBps is { } b && !(b is >= 0 and < 10_000)) throw new ArgumentOutOfRangeException(nameof(StopLimitOffsetBps), b, "execution: StopLimitOffsetBps must be in [0, 10000)");
        if (!(IcebergVisibleFraction is > 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(IcebergVisibleFraction), IcebergVisibleFraction, "execution: IcebergVisibleFraction must be in (0, 1]");
    }
}
