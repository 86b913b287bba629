namespace CryptoSmartTrader.Backtesting.Metrics;

/// <summary>Inputs to the metrics that are not in the run itself.</summary>
public sealed class MetricsOptions
{
    /// <summary>Annual risk-free rate for the Sharpe ratio (0 by default; crypto has no natural one).</summary>
    public double RiskFreeAnnual { get; set; }

    /// <summary>How many configurations were tried to arrive at this one (for the Deflated Sharpe ratio); 1 = no search.</summary>
    public int Trials { get; set; } = 1;

    /// <summary>Variance of the per-bar Sharpe ratios of the trials, when the search recorded them.</summary>
    public double? TrialSharpeVariance { get; set; }

    /// <summary>Confidence of VaR and CVaR.</summary>
    public double TailConfidence { get; set; } = 0.95;
}
