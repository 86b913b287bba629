namespace CryptoSmartTrader.Backtesting.Sweeps;

/// <summary>The per-cell metrics by name, in table order: the columns of cells.csv and what a heatmap can colour by.</summary>
public static class SweepMetrics
{
    public static IReadOnlyList<(string Name, Func<SweepCellResult, double> Value)> All { get; } =
    [
        ("total_return", c => c.TotalReturn),
        ("cagr", c => c.Cagr),
        ("volatility", c => c.Volatility),
        ("sharpe", c => c.Sharpe),
        ("sortino", c => c.Sortino),
        ("max_drawdown", c => c.MaxDrawdown),
        ("sharpe_per_bar", c => c.SharpePerBar),
        ("psr", c => c.ProbabilisticSharpe),
        ("dsr", c => c.DeflatedSharpe),
        ("exposure", c => c.Exposure),
        ("trades", c => c.Trades),
        ("win_rate", c => c.WinRate),
        ("profit_factor", c => c.ProfitFactor),
        ("orders", c => c.Orders),
        ("fees", c => c.FeesPaid),
        ("final_equity", c => c.FinalEquity),
    ];

    /// <summary>The metric called <paramref name="name"/>; an unknown name is an error listing the known ones.</summary>
    public static Func<SweepCellResult, double> Get(string name)
    {
        foreach (var (n, f) in All) if (n == name) return f;
        throw new ArgumentException($"sweep metric '{name}': expected one of {string.Join(", ", All.Select(m => m.Name))}", nameof(name));
    }
}
