using System.Diagnostics;
using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Backtesting.Metrics;
using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Backtesting.Sweeps;

/// <summary>
/// Runs every cell of a sweep as a full, independent run of the one trading kernel (fees, slippage, risk engine,
/// simulated venue — whatever the cell's blueprint builds) over the same candles, cells in parallel. Cells are
/// streamed: each keeps only its accumulated statistics (and its equity when asked), so memory does not grow with the
/// number of bars × cells. Deterministic: each cell's run is sequential and results are stored by cell index, so the
/// output does not depend on the number of threads or their timing.
/// </summary>
public static class SweepRunner
{
    public static SweepResult Run(IReadOnlyList<CandleSeries> series, IReadOnlyList<SweepCell> cells, Func<SweepCell, KernelBlueprint> blueprint,
        SweepOptions options, IProgress<SweepCellResult>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(blueprint);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (cells.Count == 0) throw new ArgumentException("sweep: expected at least one cell", nameof(cells));
        var sw = Stopwatch.StartNew();
        BacktestRunner.UniverseOf(series);
        var plan = Plan.Of(series, options);
        var results = new SweepCellResult[cells.Count];
        Parallel.For(0, cells.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken }, i =>
        {
            results[i] = RunCell(series, cells[i], blueprint, options, plan);
            progress?.Report(results[i]);
        });

        return Summarise(results, cells[0].Names, plan, sw.Elapsed);
    }

    /// <summary>What every cell shares: trading steps, bars fed, the traded span and the annualisation.</summary>
    internal sealed record Plan(int Steps, long Bars, DateTimeOffset FirstTime, DateTimeOffset LastTime, double PeriodsPerYear, BacktestOptions Backtest,
        long[]? Times)
    {
        public static Plan Of(IReadOnlyList<CandleSeries> series, SweepOptions o)
        {
            var backtest = new BacktestOptions { From = o.From, To = o.To, WarmupBars = o.WarmupBars };
            var stream = new MergedBarStream(series);
            stream.SkipTo(BacktestRunner.WarmupStartMs(series, o.From, o.WarmupBars));
            var (fromMs, toMs) = (o.From.ToUnixTimeMilliseconds(), o.To.ToUnixTimeMilliseconds());
            int steps = 0;
            long bars = 0, first = 0, last = 0;
            var times = o.KeepEquity ? new List<long>() : null;
            while (stream.MoveNext() && stream.TimeMs <= toMs)
            {
                bars += stream.PresentCount;
                if (stream.TimeMs < fromMs) continue;
                if (steps++ == 0) first = stream.TimeMs;
                last = stream.TimeMs;
                times?.Add(last);
            }

            if (steps == 0) throw new ArgumentException($"sweep: no bar closes in [{o.From:O}, {o.To:O}]", nameof(series));
            return new Plan(steps, bars, DateTimeOffset.FromUnixTimeMilliseconds(first), DateTimeOffset.FromUnixTimeMilliseconds(last),
                ReturnMetrics.PeriodsPerYear(KernelSession.BarLength(series)), backtest, times?.ToArray());
        }
    }

    private static SweepCellResult RunCell(IReadOnlyList<CandleSeries> series, SweepCell cell, Func<SweepCell, KernelBlueprint> build, SweepOptions options, Plan plan)
    {
        KernelSession session;
        var acc = new EquityAccumulator(plan.Steps, options.PboBlocks, options.KeepEquity);
        try
        {
            session = BacktestRunner.Drive(series, build(cell), plan.Backtest, recordEquity: false, afterStep: s =>
            {
                if (!s.Trading) return;
                var x = s.Kernel.Exposure;
                acc.Add(x.Equity, x.Gross(includePending: false) != 0);
            }, recordDecisions: false);
        }
        catch (ArgumentException ex)
        {
            // An invalid combination (e.g. fast >= slow) is this cell's result; the other cells still run.
            return new SweepCellResult { Cell = cell, Error = ex.Message };
        }

        var fills = session.FillRecords();
        var trips = RoundTripBuilder.Build(fills);
        var pnl = new double[trips.Count];
        for (var k = 0; k < pnl.Length; k++) pnl[k] = (double)trips[k].NetPnl;
        var ts = TradeStats.Compute(pnl);
        double fees = 0;
        foreach (var f in fills) fees += (double)f.FeeValue;
        var sd = acc.StdDev;
        var srBar = sd is 0 or double.NaN ? double.NaN : acc.Mean / sd;
        var dd = acc.DownsideDeviation;
        return new SweepCellResult
        {
            Cell = cell,
            TotalReturn = ReturnMetrics.TotalReturn(acc.First, acc.Last),
            Cagr = ReturnMetrics.Cagr(acc.First, acc.Last, plan.LastTime - plan.FirstTime),
            Volatility = sd * Math.Sqrt(plan.PeriodsPerYear),
            Sharpe = srBar * Math.Sqrt(plan.PeriodsPerYear),
            Sortino = dd is 0 or double.NaN ? double.NaN : acc.Mean / dd * Math.Sqrt(plan.PeriodsPerYear),
            MaxDrawdown = acc.MaxDrawdown,
            SharpePerBar = srBar,
            Skewness = acc.Skewness,
            Kurtosis = acc.Kurtosis,
            Exposure = acc.Steps == 0 ? double.NaN : acc.InMarket / (double)acc.Steps,
            Trades = ts.Count,
            WinRate = ts.WinRate,
            ProfitFactor = ts.ProfitFactor,
            Orders = session.Orders.Count,
            FeesPaid = fees,
            FinalEquity = acc.Last,
            Returns = (int)acc.Returns,
            OrderListHash = session.OrderListHash(),
            Equity = acc.Equity,
            Blocks = acc.Blocks,
        };
    }

    private static SweepResult Summarise(SweepCellResult[] cells, IReadOnlyList<string> names, Plan plan, TimeSpan elapsed)
    {
        var ok = cells.Where(c => c.Ok && double.IsFinite(c.SharpePerBar)).ToArray();
        var trials = cells.Count(c => c.Ok);
        var variance = ok.Length >= 2 ? Variance(ok.Select(c => c.SharpePerBar).ToArray()) : double.NaN;
        var v = double.IsFinite(variance) ? variance : (double?)null;
        for (var i = 0; i < cells.Length; i++)
        {
            var c = cells[i];
            if (!c.Ok) continue;
            cells[i] = c with
            {
                ProbabilisticSharpe = SharpeInference.Probabilistic(c.SharpePerBar, 0, c.Returns, c.Skewness, c.Kurtosis),
                DeflatedSharpe = SharpeInference.Deflated(c.SharpePerBar, c.Returns, c.Skewness, c.Kurtosis, Math.Max(1, trials), v),
            };
        }

        var best = -1;
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i].Ok && double.IsFinite(cells[i].Sharpe) && (best < 0 || cells[i].Sharpe > cells[best].Sharpe)) best = i;
        }

        var blocks = cells.Where(c => c.Ok && c.Blocks.Length > 0).Select(c => c.Blocks).ToArray();
        return new SweepResult
        {
            Cells = cells.Select(c => c with { Blocks = [] }).ToArray(),
            Parameters = names,
            Steps = plan.Steps,
            BarsPerCell = plan.Bars,
            Best = best,
            Trials = trials,
            TrialSharpeVariance = variance,
            ExpectedMaxSharpePerBar = trials >= 1 && v is { } var ? SharpeInference.ExpectedMaxSharpe(trials, var) : double.NaN,
            StepTimes = plan.Times?.Select(DateTimeOffset.FromUnixTimeMilliseconds).ToArray(),
            Pbo = blocks.Length >= 2 ? Metrics.Pbo.FromBlocks(blocks) : null,
            Elapsed = elapsed,
        };
    }

    private static double Variance(double[] x)
    {
        var m = x.Average();
        return x.Sum(v => (v - m) * (v - m)) / (x.Length - 1);
    }
}
