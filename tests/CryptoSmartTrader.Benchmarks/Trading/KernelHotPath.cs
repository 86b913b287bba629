using System.Diagnostics;
using System.Globalization;
using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Benchmarks.Sweeps;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Simulation;

namespace CryptoSmartTrader.Benchmarks.Trading;

/// <summary>
/// The kernel's per-bar cost without the driver: a bare KernelSession loop over prebuilt bars (SMA 10/30, the anchors'
/// setting), best of N by process CPU time and wall, with the order-list hash of each run and of a few execution styles
/// (market, limit, TWAP, iceberg, protective stops) so that a speed change can be checked to leave the orders unchanged.
/// usage: kernel-hot-path FILE [runs]
/// </summary>
internal static class KernelHotPath
{
    public static int Run(string[] args)
    {
        var series = BacktestStages.Load(args[0]);
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        Console.WriteLine($"bars {series.Count:N0}, cores {Environment.ProcessorCount}, .NET {Environment.Version}, load {Load()}");
        var o = new BacktestOptions
        {
            From = DateTimeOffset.FromUnixTimeMilliseconds(series.CloseTimeMs[0]), To = DateTimeOffset.FromUnixTimeMilliseconds(series.CloseTimeMs[^1]),
        };

        // KERNEL_HASHES=0 skips the variants (for a profiler run of the loop alone).
        foreach (var (name, blueprint) in Environment.GetEnvironmentVariable("KERNEL_HASHES") == "0" ? [] : Variants())
        {
            var s = BacktestRunner.Drive([series], blueprint, o);
            Console.WriteLine($"hash {name}: orders {s.Orders.Count}, {s.OrderListHash()}");
        }

        var bars = new Bar[series.Count];
        for (var i = 0; i < bars.Length; i++) bars[i] = Bar.FromSeries(series, i);
        var times = bars.Select(b => DateTimeOffset.FromUnixTimeMilliseconds(b.CloseTimeMs)).ToArray();
        var p = Process.GetCurrentProcess();
        // KERNEL_ALLOCS=1: sample allocations by type during the timed runs (slows them; for finding the bytes, not for timing).
        using var sampler = Environment.GetEnvironmentVariable("KERNEL_ALLOCS") == "1" ? new AllocationSampler() : null;
        sampler?.Start();
        double bestWall = double.MaxValue, bestCpu = double.MaxValue;
        for (var k = 0; k < runs; k++)
        {
            var universe = BacktestRunner.UniverseOf([series]);
            var clock = new SimulatedClock(times[0]);
            var session = new KernelSession(BacktestStages.Blueprint(), universe, clock, [series]) { RecordEquity = false, Trading = true };
            GC.Collect();
            p.Refresh();
            var cpu0 = p.TotalProcessorTime;
            var alloc0 = GC.GetAllocatedBytesForCurrentThread();
            var (g0, g1, g2, pause0) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var sw = Stopwatch.StartNew();
            for (var i = 0; i < bars.Length; i++)
            {
                clock.AdvanceTo(times[i]);
                session.BeginStep(times[i]);
                session.AddBar(0, bars[i]);
                session.EndStep();
            }

            var wall = sw.Elapsed.TotalSeconds;
            p.Refresh();
            var cpu = (p.TotalProcessorTime - cpu0).TotalSeconds;
            var alloc = GC.GetAllocatedBytesForCurrentThread() - alloc0;
            bestWall = Math.Min(bestWall, wall);
            bestCpu = Math.Min(bestCpu, cpu);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {k}: wall {wall:F3} s = {bars.Length / wall / 1e6:F2} M bars/s, CPU {cpu:F3} s, allocated {alloc / (double)bars.Length:F1} B/bar, GCs {GC.CollectionCount(0) - g0}/{GC.CollectionCount(1) - g1}/{GC.CollectionCount(2) - g2} (gen0/1/2) pause {(GC.GetTotalPauseDuration() - pause0).TotalMilliseconds:F0} ms, orders {session.Orders.Count}, decisions {session.DecisionItems.Count}, fills {session.Kernel.Fills.Count}, hash {session.OrderListHash()[..12]}"));
        }

        if (sampler is not null)
        {
            foreach (var (type, bytes) in sampler.Top(20)) Console.WriteLine($"  allocated {bytes / 1048576.0 / runs,8:F1} MB per run  {type}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"best: wall {bestWall:F3} s = {bars.Length / bestWall / 1e6:F2} M bars/s; CPU {bestCpu:F3} s = {bars.Length / bestCpu / 1e6:F2} M bars per CPU-s; load {Load()}"));
        return 0;
    }

    private static IEnumerable<(string, KernelBlueprint)> Variants()
    {
        var b = BacktestStages.Blueprint();
        yield return ("market", b);
        yield return ("default-risk", b with { Risk = null });
        yield return ("limit", b.WithExecution(() => new ExecutionModel(new ExecutionOptions { Style = ExecutionStyle.Limit })));
        yield return ("post-only", b.WithExecution(() => new ExecutionModel(new ExecutionOptions { Style = ExecutionStyle.PostOnly })));
        yield return ("twap", b.WithExecution(() => new ExecutionModel(new ExecutionOptions { Style = ExecutionStyle.Twap })));
        yield return ("iceberg", b.WithExecution(() => new ExecutionModel(new ExecutionOptions { Style = ExecutionStyle.Iceberg })));
        yield return ("stops", b.WithExecution(() => new ExecutionModel(new ExecutionOptions { StopLossPercent = 2 })));
        yield return ("stop-limit", b.WithExecution(() => new ExecutionModel(new ExecutionOptions { StopLossPercent = 1, StopLimitOffsetBps = 20 })));
    }

    private static string Load() => File.ReadAllText("/proc/loadavg").Trim();
}
