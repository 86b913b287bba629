namespace CryptoSmartTrader.Backtesting.Metrics;

/// <summary>
/// Every metric of one run. Undefined values (no trades, zero variance, infinite profit factor) are null, never
/// invented. Ratios and returns are fractions (0.1 = 10%); money is in the account currency.
/// Volatility, Sharpe, Sortino and CAGR are annualised; VaR/CVaR, PSR and DSR are per bar.
/// </summary>
public sealed record MetricsReport
{
    public double? TotalReturn { get; init; }
    public double? Cagr { get; init; }
    public double? Volatility { get; init; }
    public double? Sharpe { get; init; }
    public double? Sortino { get; init; }
    public double? Calmar { get; init; }
    public double? MaxDrawdown { get; init; }
    public double? MaxDrawdownDurationHours { get; init; }
    public int MaxDrawdownDurationBars { get; init; }
    public int Trades { get; init; }
    public double? WinRate { get; init; }
    public double? ProfitFactor { get; init; }
    public double? Expectancy { get; init; }
    public double? AverageWin { get; init; }
    public double? AverageLoss { get; init; }
    public double? Sqn { get; init; }
    public double? Exposure { get; init; }
    public double? AverageGrossExposure { get; init; }
    public double? Turnover { get; init; }
    public decimal FeesPaid { get; init; }
    public decimal SlippagePaid { get; init; }
    public double? VaR95 { get; init; }
    public double? CVaR95 { get; init; }
    public double? ProbabilisticSharpe { get; init; }
    public double? DeflatedSharpe { get; init; }
    public int Trials { get; init; }
    public double? Pbo { get; init; }
    public double? BenchmarkTotalReturn { get; init; }
    public double? BenchmarkCagr { get; init; }
    public double? BenchmarkSharpe { get; init; }
    public double? BenchmarkMaxDrawdown { get; init; }
    public decimal InitialEquity { get; init; }
    public decimal FinalEquity { get; init; }

    internal static double? N(double x) => double.IsFinite(x) ? x : null;
}
