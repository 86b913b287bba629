using CryptoSmartTrader.Bot.Engine;
using System.Diagnostics;
using System.Globalization;
using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.State;
using CryptoSmartTrader.Bot.Strategies;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Simulation;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoSmartTrader.Benchmarks.Bot;

/// <summary>
/// Candle close to risk-checked orders, measured inside the real bot: the host is started in Replay mode (in-memory job
/// store, SQLite book of record on) and every traded bar close is timed by the engine itself (kernel step, status
/// publication, step commit). The reference, in the same process, is the bare kernel on the same bars (no store, no
/// status), so the ratio shows what persistence and publication cost. Not a BenchmarkDotNet loop: a latency distribution.
/// </summary>
internal static class BotCycleLatency
{
    private const double TargetP99Ms = 50;

    public static async Task<int> RunAsync(string[] args)
    {
        var timeframe = Arg(args, "--timeframe") ?? "1h";
        var slots = int.Parse(Arg(args, "--symbols") ?? "100", CultureInfo.InvariantCulture);
        var from = DateTimeOffset.Parse(Arg(args, "--from") ?? (timeframe == "1d" ? "2020-01-01" : "2021-01-01"), CultureInfo.InvariantCulture);
        var to = DateTimeOffset.Parse(Arg(args, "--to") ?? (timeframe == "1d" ? "2022-10-01" : "2021-04-01"), CultureInfo.InvariantCulture);
        var data = new CycleDataset(timeframe, slots, from, to);
        Console.WriteLine($"bot-cycle: {slots} symbols from {data.DistinctSeries} distinct real Binance {timeframe} series" +
            (slots > data.DistinctSeries ? " (the rest are replicas of the same real files)" : "") + $", bar closes {from:yyyy-MM-dd} .. {to:yyyy-MM-dd}");

        string[] botArgs = ["--mode", "Replay", "--port", "0", "--job-store", "memory", "--db", data.Db, "--datasets", data.Datasets,
            "--strategy", data.StrategyFile, "--speed", "1000000000", "--Bot:Engine:ReplayLastBars", "0", "--Logging:LogLevel:Default", "Warning",
            .. args.SkipWhile(a => a != "--").Skip(1)]; // anything after "--" goes to the bot, e.g. -- --Bot:Engine:HealthEveryBars 1000
        var app = BotHost.Build(botArgs);
        await app.StartAsync();
        try
        {
            var engine = app.Services.GetRequiredService<StepRunner>();
            var status = app.Services.GetRequiredService<BotStatus>();
            var wall = Stopwatch.StartNew();
            while (!status.Overview().Notices.Any(n => n.StartsWith("replay finished", StringComparison.Ordinal) || n.StartsWith("engine failed", StringComparison.Ordinal)))
            {
                if (wall.Elapsed > TimeSpan.FromMinutes(10)) throw new TimeoutException("bot-cycle: the replay did not finish within 10 minutes");
                await Task.Delay(100);
            }

            var overview = status.Overview();
            foreach (var n in overview.Notices) Console.WriteLine($"  notice: {n}");
            var bot = LatencyStats.Of(engine.Cycles.Snapshot());
            var (strategy, _) = StrategyLoader.Load(app.Services.GetRequiredService<BotOptions>());
            var (kernel, meanBars) = await BareKernelAsync(strategy!, data.Db);
            Console.WriteLine($"orders {overview.Orders}, fills {overview.Fills}, rejects {overview.Rejects}; {meanBars:F1} bars per bar close on average");
            Console.WriteLine($"bot cycle (kernel + publish + SQLite commit): {bot}");
            var cpu = engine.Cycles.CpuSnapshot().Where(double.IsFinite).ToList();
            if (cpu.Count > 0) Console.WriteLine($"bot cycle, on-CPU time of the thread:        {LatencyStats.Of(cpu)}");
            Console.WriteLine($"bare kernel (reference, same bars):          {kernel}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratios: bot p50 / kernel p50 = {bot.P50 / kernel.P50:F1}x; bot p99 / target {TargetP99Ms} ms = {bot.P99 / TargetP99Ms:F3} ({(bot.P99 < TargetP99Ms ? "PASS" : "FAIL")})"));
            return bot.P99 < TargetP99Ms ? 0 : 1;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    // The kernel as the bot builds it (same strategy, alpha, risk and simulated venue) without persistence or publication.
    private static async Task<(LatencyStats Stats, double MeanBars)> BareKernelAsync(Strategy strategy, string db)
    {
        using var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = db });
        var series = new List<CandleSeries>();
        foreach (var s in strategy.Symbols) series.Add(await store.LoadAsync(strategy.Exchange, s, strategy.Timeframe));
        var universe = new TradingUniverse(strategy.Exchange, strategy.Timeframe, strategy.Symbols);
        var clock = new TestKit.Time.ManualTimeProvider(DateTimeOffset.UnixEpoch);
        var kernel = new TradingKernel(new TradingKernelOptions { Mode = TradingMode.Paper, InitialCash = strategy.InitialCash, AccountCurrency = strategy.AccountCurrency,
            RebalanceThreshold = strategy.RebalanceThreshold }, universe, new TradingKernelComponents
        {
            Alpha = new SmaCrossAlphaModel(universe.Count, strategy.Sma),
            Venue = new SimulatedVenue(ExchangeProfiles.For(strategy.Exchange), universe),
            Risk = strategy.Risk,
            DecisionLog = new DecisionLog(),
        }, clock);
        var context = new BarCloseContext(universe);
        var stream = new MergedBarStream(series);
        var samples = new List<double>();
        long bars = 0;
        while (stream.MoveNext())
        {
            var started = Stopwatch.GetTimestamp();
            clock.SetUtcNow(stream.Time);
            context.Reset(stream.Time);
            foreach (var i in stream.Present) context.SetBar(i, Bar.FromSeries(series[i], stream.BarIndexOf(i)));
            kernel.OnBarClose(context);
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            bars += stream.PresentCount;
        }

        return (LatencyStats.Of(samples), samples.Count == 0 ? 0 : (double)bars / samples.Count);
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
