using System.Diagnostics;
using System.Globalization;
using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Backtesting.Metrics;
using CryptoSmartTrader.Backtesting.Optimization;
using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Backtesting.Sweeps;
using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Benchmarks.Sweeps;

/// <summary>
/// The research-speed figures of docs/benchmarks.md, one timed run each (wall and process CPU, load average printed):
/// one backtest through the full kernel in process, a sweep of fast × slow cells (sweep runner, all cores), and the
/// sma-cross walk-forward of <c>cst backtest --walk-forward</c>. Risk setting: kill switches off (vol-shock 0) and the
/// drawdown ladder moved to 99.5 %+ (see <see cref="BacktestStages.Blueprint"/>), so every run trades the whole series.
/// usage: research-speed BIG_FILE SMALL_FILE [sweep-cells-on-big]
/// </summary>
internal static class ResearchSpeed
{
    public static int Run(string[] args)
    {
        var big = BacktestStages.Load(args[0]);
        var small = BacktestStages.Load(args[1]);
        var bigCells = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
        Console.WriteLine($"cores {Environment.ProcessorCount}, .NET {Environment.Version}, load {Load()}");

        var sweepOnly = Environment.GetEnvironmentVariable("SWEEP_ONLY") == "1"; // the sweeps alone (after a warm-up sweep)
        if (sweepOnly) Sweep(small, new SweepSpace([SweepAxis.Parse("fast=5:50:5"), SweepAxis.Parse("slow=60:240:20")]).Grid().Take(20).ToArray());
        else Measure($"backtest 1 run, {big.Count:N0} bars (Drive, full kernel)", big.Count, () =>
            BacktestRunner.Drive([big], BacktestStages.Blueprint(), Options(big)).Orders.Count);
        if (!sweepOnly) Measure($"backtest 1 run + result (metrics, fills, trades, hash), {big.Count:N0} bars", big.Count, () =>
        {
            var o = Options(big);
            return BacktestRunner.Run([big], BacktestStages.Blueprint(), o, new BacktestSettings("sma", Exchange.Binance, [big.Symbol], Timeframe.H1, o.From, o.To,
                10_000m, "USDT", 0, false, new Dictionary<string, string>())).Orders.Count;
        });

        var grid = new SweepSpace([SweepAxis.Parse("fast=5:50:5"), SweepAxis.Parse("slow=60:240:20")]).Grid();
        Measure($"sweep {grid.Count} cells x {small.Count:N0} bars", (long)small.Count * grid.Count, () => Sweep(small, grid));
        var bigGrid = grid.Take(bigCells).ToArray();
        Measure($"sweep {bigGrid.Length} cells x {big.Count:N0} bars", (long)big.Count * bigGrid.Length, () => Sweep(big, bigGrid));

        if (sweepOnly) return 0;
        Measure($"walk-forward sma-cross grid [5,10,20]x[50,100], 60d/30d, {small.Count:N0} bars", small.Count, () =>
        {
            var (from, to) = (Options(small).From, Options(small).To);
            var blueprint = BacktestStages.Blueprint();
            var search = new GridSearch(blueprint, GridSearch.SmaCrossGrid([5, 10, 20], [50, 100]));
            var plan = new WalkForwardPlan { Train = TimeSpan.FromDays(60), Test = TimeSpan.FromDays(30) };
            var pbo = search.Pbo([small], plan.Windows(from, to)[0].TrainTo, to);
            var r = WalkForwardRunner.Run([small], blueprint, plan, search.Trainer(), from, to,
                new BacktestSettings("wf", Exchange.Binance, [small.Symbol], Timeframe.H1, from, to, 10_000m, "USDT", 0, true, new Dictionary<string, string>()),
                new MetricsOptions { Trials = search.Trials }, pbo?.Probability);
            return r.Orders.Count;
        });
        return 0;
    }

    private static int Sweep(CandleSeries series, IReadOnlyList<SweepCell> cells)
    {
        var o = Options(series);
        // SWEEP_THREADS=n: cells on n threads (default: all cores), to tell the per-cell cost from the sharing of the cores.
        var threads = int.TryParse(Environment.GetEnvironmentVariable("SWEEP_THREADS"), out var t) && t > 0 ? t : Environment.ProcessorCount;
        var r = SweepRunner.Run([series], cells, c => BacktestStages.Blueprint((int)c["fast"], (int)c["slow"]),
            new SweepOptions { From = o.From, To = o.To, Parallelism = threads });
        return r.Cells.Sum(c => c.Orders);
    }

    private static BacktestOptions Options(CandleSeries s) =>
        new() { From = DateTimeOffset.FromUnixTimeMilliseconds(s.CloseTimeMs[0]), To = DateTimeOffset.FromUnixTimeMilliseconds(s.CloseTimeMs[^1]) };

    private static void Measure(string name, long bars, Func<int> run)
    {
        var p = Process.GetCurrentProcess();
        GC.Collect();
        var cpu0 = p.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var orders = run();
        var wall = sw.Elapsed.TotalSeconds;
        p.Refresh();
        var cpu = (p.TotalProcessorTime - cpu0).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: wall {wall:F2} s = {bars / wall / 1e6:F2} M bars/s; CPU {cpu:F2} s = {bars / cpu / 1e6:F2} M bars per CPU-s; peak working set {p.PeakWorkingSet64 / 1048576} MB; orders {orders:N0}; load {Load()}"));
    }

    private static string Load() => File.ReadAllText("/proc/loadavg").Trim();
}
