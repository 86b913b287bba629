namespace CryptoSmartTrader.Backtesting.Sweeps;

/// <summary>
/// One cell's run: its metrics (from the kernel's equity after every trading step), or the reason it could not run
/// (an invalid combination such as fast ≥ slow is a result, not an exception). Ratios are fractions; Sharpe, Sortino,
/// volatility and CAGR are annualised; <see cref="SharpePerBar"/>, PSR and DSR are per bar, DSR deflated by the sweep's
/// number of cells and the variance of their Sharpe ratios.
/// </summary>
public sealed record SweepCellResult
{
    public required SweepCell Cell { get; init; }
    public string? Error { get; init; }
    public bool Ok => Error is null;
    public double TotalReturn { get; init; } = double.NaN;
    public double Cagr { get; init; } = double.NaN;
    public double Volatility { get; init; } = double.NaN;
    public double Sharpe { get; init; } = double.NaN;
    public double Sortino { get; init; } = double.NaN;
    public double MaxDrawdown { get; init; } = double.NaN;
    public double SharpePerBar { get; init; } = double.NaN;
    public double Skewness { get; init; } = double.NaN;
    public double Kurtosis { get; init; } = double.NaN;
    public double ProbabilisticSharpe { get; init; } = double.NaN;
    public double DeflatedSharpe { get; init; } = double.NaN;
    public double Exposure { get; init; } = double.NaN;
    public int Trades { get; init; }
    public double WinRate { get; init; } = double.NaN;
    public double ProfitFactor { get; init; } = double.NaN;
    public int Orders { get; init; }
    public double FeesPaid { get; init; }
    public double FinalEquity { get; init; } = double.NaN;
    public int Returns { get; init; }
    public string OrderListHash { get; init; } = "";

    /// <summary>Per-block moments of the returns while the sweep summarises (cleared in the final result).</summary>
    internal Metrics.BlockMoments[] Blocks { get; init; } = [];

    /// <summary>Equity after every trading step, only when <see cref="SweepOptions.KeepEquity"/>.</summary>
    public IReadOnlyList<double>? Equity { get; init; }
}
