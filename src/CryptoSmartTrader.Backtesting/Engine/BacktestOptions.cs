using CryptoSmartTrader.Backtesting.Metrics;

namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>The period a backtest trades and how it warms up.</summary>
public sealed class BacktestOptions
{
    /// <summary>First bar close that may trade (inclusive).</summary>
    public required DateTimeOffset From { get; init; }

    /// <summary>Last bar close that is processed (inclusive).</summary>
    public required DateTimeOffset To { get; init; }

    /// <summary>
    /// Bars per symbol fed to the kernel before <see cref="From"/> without trading, so indicators, volatility and
    /// 24h volume are warm when trading starts. Taken from the data that precedes <see cref="From"/>; when less
    /// exists the run starts with what there is (reported as <c>WarmupSteps</c>).
    /// </summary>
    public int WarmupBars { get; init; }

    public MetricsOptions Metrics { get; init; } = new();

    public void Validate()
    {
        if (To <= From) throw new ArgumentException($"backtest: To ({To:O}) must be after From ({From:O})", nameof(To));
        if (WarmupBars < 0) throw new ArgumentOutOfRangeException(nameof(WarmupBars), WarmupBars, "backtest: WarmupBars must be >= 0");
    }
}
