using CryptoSmartTrader.Backtesting.Results;

namespace CryptoSmartTrader.Backtesting.Metrics;

/// <summary>Computes a <see cref="MetricsReport"/> from a run's equity curve, fills and round trips (formulas on each metric's type).</summary>
public static class MetricsCalculator
{
    public static MetricsReport Compute(IReadOnlyList<EquityPoint> curve, IReadOnlyList<FillRecord> fills, IReadOnlyList<RoundTrip> trips,
        TimeSpan barLength, MetricsOptions? options = null, IReadOnlyList<EquityPoint>? benchmark = null, double? pbo = null)
    {
        options ??= new MetricsOptions();
        if (curve.Count == 0)
        {
            return new MetricsReport { Trials = options.Trials, Pbo = pbo };
        }

        var p = ReturnMetrics.PeriodsPerYear(barLength);
        var r = ReturnMetrics.SimpleReturns(curve);
        var e0 = (double)curve[0].Equity;
        var eT = (double)curve[^1].Equity;
        var elapsed = curve[^1].Time - curve[0].Time;
        var cagr = ReturnMetrics.Cagr(e0, eT, elapsed);
        var dd = DrawdownStats.Compute(curve);
        var ts = TradeStats.Compute(trips.Select(t => (double)t.NetPnl).ToArray());
        var (var95, cvar95) = TailRisk.Historical(r, options.TailConfidence);
        var srBar = ReturnMetrics.SharpePerPeriod(r);
        var skew = Stats.Skewness(r);
        var kurt = Stats.Kurtosis(r);
        var meanEquity = curve.Average(c => (double)c.Equity);
        var traded = fills.Sum(f => (double)Math.Abs(f.Fill.Notional));
        var bench = benchmark is { Count: > 1 } ? benchmark : null;
        var benchReturns = bench is null ? [] : ReturnMetrics.SimpleReturns(bench);

        return new MetricsReport
        {
            TotalReturn = MetricsReport.N(ReturnMetrics.TotalReturn(e0, eT)),
            Cagr = MetricsReport.N(cagr),
            Volatility = MetricsReport.N(ReturnMetrics.Volatility(r, p)),
            Sharpe = MetricsReport.N(ReturnMetrics.Sharpe(r, p, options.RiskFreeAnnual)),
            Sortino = MetricsReport.N(ReturnMetrics.Sortino(r, p)),
            Calmar = MetricsReport.N(ReturnMetrics.Calmar(cagr, dd.MaxDrawdown)),
            MaxDrawdown = dd.MaxDrawdown,
            MaxDrawdownDurationHours = dd.LongestDuration.TotalHours,
            MaxDrawdownDurationBars = dd.LongestDurationBars,
            Trades = ts.Count,
            WinRate = MetricsReport.N(ts.WinRate),
            ProfitFactor = MetricsReport.N(ts.ProfitFactor),
            Expectancy = MetricsReport.N(ts.Expectancy),
            AverageWin = MetricsReport.N(ts.AverageWin),
            AverageLoss = MetricsReport.N(ts.AverageLoss),
            Sqn = MetricsReport.N(ts.Sqn),
            Exposure = ExposureMetrics.TimeInMarket(curve),
            AverageGrossExposure = MetricsReport.N(ExposureMetrics.AverageGrossExposure(curve)),
            Turnover = meanEquity == 0 ? null : traded / meanEquity,
            FeesPaid = fills.Sum(f => f.FeeValue),
            SlippagePaid = fills.Sum(f => f.Slippage),
            VaR95 = MetricsReport.N(var95),
            CVaR95 = MetricsReport.N(cvar95),
            ProbabilisticSharpe = MetricsReport.N(SharpeInference.Probabilistic(srBar, 0, r.Length, skew, kurt)),
            DeflatedSharpe = MetricsReport.N(SharpeInference.Deflated(srBar, r.Length, skew, kurt, options.Trials, options.TrialSharpeVariance)),
            Trials = options.Trials,
            Pbo = pbo,
            BenchmarkTotalReturn = bench is null ? null : MetricsReport.N(ReturnMetrics.TotalReturn((double)bench[0].Equity, (double)bench[^1].Equity)),
            BenchmarkCagr = bench is null ? null : MetricsReport.N(ReturnMetrics.Cagr((double)bench[0].Equity, (double)bench[^1].Equity, bench[^1].Time - bench[0].Time)),
            BenchmarkSharpe = bench is null ? null : MetricsReport.N(ReturnMetrics.Sharpe(benchReturns, p)),
            BenchmarkMaxDrawdown = bench is null ? null : DrawdownStats.Compute(bench).MaxDrawdown,
            InitialEquity = curve[0].Equity,
            FinalEquity = curve[^1].Equity,
        };
    }
}
