using CryptoSmartTrader.Backtesting.Metrics;

namespace CryptoSmartTrader.Backtesting.Sweeps;

/// <summary>
/// A finished sweep: every cell in index order, the best cell by annualised Sharpe (first on ties) with its Deflated
/// Sharpe ratio, and the probability of backtest overfitting of picking it (CSCV over the cells' per-block returns) —
/// the best cell is never reported without its selection bias.
/// </summary>
public sealed record SweepResult
{
    public required IReadOnlyList<SweepCellResult> Cells { get; init; }
    public required IReadOnlyList<string> Parameters { get; init; }

    /// <summary>Trading steps per cell (the same for every cell) and bars fed per cell, warm-up included.</summary>
    public int Steps { get; init; }

    public long BarsPerCell { get; init; }

    /// <summary>Close time of every trading step, when the cells kept their equity.</summary>
    public IReadOnlyList<DateTimeOffset>? StepTimes { get; init; }

    /// <summary>Index of the best cell, -1 when no cell ran.</summary>
    public int Best { get; init; } = -1;

    public SweepCellResult? BestCell => Best >= 0 ? Cells[Best] : null;

    /// <summary>Cells that ran: the number of trials of the Deflated Sharpe ratio.</summary>
    public int Trials { get; init; }

    /// <summary>Variance of the cells' per-bar Sharpe ratios (the V of the expected maximum Sharpe).</summary>
    public double TrialSharpeVariance { get; init; } = double.NaN;

    /// <summary>Expected maximum per-bar Sharpe among this many unskilled trials.</summary>
    public double ExpectedMaxSharpePerBar { get; init; } = double.NaN;

    /// <summary>CSCV result; null with fewer than two cells or too few bars for the blocks.</summary>
    public PboResult? Pbo { get; init; }

    public TimeSpan Elapsed { get; init; }
}
