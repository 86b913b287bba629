namespace CryptoSmartTrader.Backtesting.Sweeps;

/// <summary>The period every cell trades, how it warms up, how many cells run at once, and what is kept per cell.</summary>
public sealed class SweepOptions
{
    public required DateTimeOffset From { get; init; }
    public required DateTimeOffset To { get; init; }
    public int WarmupBars { get; init; }

    /// <summary>Cells run at once (default: one per core). Each cell is a whole, independent kernel run.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Keep each cell's equity per bar (memory: 8 bytes × bars × cells); off by default, so memory stays bounded.</summary>
    public bool KeepEquity { get; init; }

    /// <summary>CSCV blocks for the probability of backtest overfitting (even, ≥ 2).</summary>
    public int PboBlocks { get; init; } = 16;

    public void Validate()
    {
        if (To <= From) throw new ArgumentException($"sweep: To ({To:O}) must be after From ({From:O})", nameof(To));
        if (WarmupBars < 0) throw new ArgumentOutOfRangeException(nameof(WarmupBars), WarmupBars, "sweep: WarmupBars must be >= 0");
        if (Parallelism < 1) throw new ArgumentOutOfRangeException(nameof(Parallelism), Parallelism, "sweep: Parallelism must be >= 1");
        if (PboBlocks < 2 || PboBlocks % 2 != 0) throw new ArgumentOutOfRangeException(nameof(PboBlocks), PboBlocks, "sweep: PboBlocks must be an even number >= 2");
    }
}
