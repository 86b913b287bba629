using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Backtesting.Metrics;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Backtesting.Results;

/// <summary>Everything one backtest produced: orders, fills, round trips, equity and exposure per bar, every decision with its reason, and the metrics.</summary>
public sealed record BacktestResult
{
    public required BacktestSettings Settings { get; init; }
    public required MetricsReport Metrics { get; init; }

    /// <summary><see cref="OrderListHash"/> of <see cref="Orders"/>: equal for two runs that sent the same orders.</summary>
    public required string OrderListHash { get; init; }

    public required IReadOnlyList<OrderRecord> Orders { get; init; }
    public required IReadOnlyList<FillRecord> Fills { get; init; }
    public required IReadOnlyList<RoundTrip> Trades { get; init; }
    public required IReadOnlyList<EquityPoint> Equity { get; init; }
    public IReadOnlyList<EquityPoint> Benchmark { get; init; } = [];
    public required IReadOnlyList<Decision> Decisions { get; init; }

    /// <summary>Bars fed to the kernel (warm-up included) and bar-close steps taken.</summary>
    public int Bars { get; init; }

    public int Steps { get; init; }
    public int WarmupSteps { get; init; }

    /// <summary>Walk-forward windows, when the run was walk-forward.</summary>
    public IReadOnlyList<WalkForwardWindow> Windows { get; init; } = [];

    /// <summary>Per walk-forward window, what its retrained model was trained on (walk-forward with a model only).</summary>
    public IReadOnlyList<WindowTraining> WindowTraining { get; init; } = [];

    /// <summary>What the run could not use as intended (e.g. a derivatives model's series missing from the store), one line each.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
