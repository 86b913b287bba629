using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.Parity;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Bot.Strategies;
using CryptoSmartTrader.Bot.Tests.Replay;
using CryptoSmartTrader.Cli;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.TestKit.Time;
using CryptoSmartTrader.Trading.Kernel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CryptoSmartTrader.Bot.Tests.Parity;

/// <summary>Continuous parity (issue 14): the bot's fills against a replay backtest of the same bars with the same package.</summary>
public sealed class ContinuousParityTests
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-cparity-").FullName;

    [Fact]
    public async Task A_replay_fed_paper_bot_over_real_bars_is_in_parity_with_zero_difference_per_order()
    {
        var package = await PackageAsync();
        var app = BotHost.Build(["--port", "0", "--job-store", "memory", "--mode", "replay", "--strategy", package, "--from", "2024-01-01", "--until", "2024-02-15",
            "--out", Path.Combine(_dir, "bot"), "--db", Path.Combine(_dir, "bot.db"), "--datasets", SharedDatasets.RootPath]);
        var stopped = new TaskCompletionSource();
        app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => stopped.TrySetResult());
        await app.StartAsync();
        ParityReport report;
        try
        {
            await Waiting.For(() => stopped.Task.IsCompleted, "the replay window never finished", 300);
            report = app.Services.GetRequiredService<ParityMonitor>().Check();
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Assert.True(report.BotOrders > 5, "the window must trade for the comparison to mean anything");
        Assert.Equal(ParityReport.InParity, report.Verdict);
        Assert.Equal(report.BotOrders, report.BacktestOrders);
        Assert.Equal(report.BotOrders, report.Matched);
        Assert.All(report.Orders, o =>
        {
            Assert.Equal(0m, o.QuantityDifference);
            Assert.Equal(o.BacktestPrice, o.BotPrice);
        });
        Assert.Equal(0, report.Significance.NonZero);
        Assert.False(report.Significance.Significant);
        Assert.Equal(0, report.Significance.MeanBps);
    }

    [Fact]
    public async Task A_venue_that_fills_worse_is_attributed_per_order_and_flagged_as_significant()
    {
        var package = await PackageAsync();
        var (strategy, errors) = PackageStrategies.Load(new BotOptions(), package);
        Assert.True(strategy is not null, string.Join("; ", errors));
        var from = new DateTimeOffset(2023, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var until = new DateTimeOffset(2024, 2, 15, 0, 0, 0, TimeSpan.Zero);
        IReadOnlyList<CandleSeries> series = strategy.Symbols.Select(s => SharedCandles.BinanceHourly(s.Base).SliceByCloseTime(from, until)).ToArray();
        var universe = new TradingUniverse(strategy.Exchange, strategy.Timeframe, series.Select(s => s.Symbol));
        using var store = BotStore.Open(Path.Combine(_dir, "worse.db"));
        var session = new BotSession(BotMode.Paper, strategy, series, store, new EngineOptions(),
            SyntheticSlippageVenue.Create(strategy.Package, universe, extraSpreadBps: 40)) { TradeFrom = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        var stream = new MergedBarStream(series);
        while (stream.MoveNext())
        {
            var bars = new List<(int, Bar)>();
            foreach (var s in stream.Present) bars.Add((s, Bar.FromSeries(series[s], stream.BarIndexOf(s))));
            lock (session.Gate) session.Step(stream.Time, bars);
        }

        using var runtime = new BotRuntime();
        runtime.Start(new BotRun(BotMode.Paper, strategy, session, store, Series: series));
        var report = new ParityMonitor(runtime, new ParityOptions(), new ManualTimeProvider()).Check();

        Assert.Equal(ParityReport.Drifting, report.Verdict);
        Assert.Contains("worse than the backtest", report.Reason);
        Assert.True(report.Significance.Significant);
        Assert.True(report.Significance.SignTestPValue < 0.05);
        // 40 bps more spread is 20 bps more per fill (half the spread), and that is what the report attributes.
        Assert.InRange(report.Significance.MeanBps, 19.5, 20.5);
        var priced = report.Orders.Where(o => o.SlippageBps is not null).ToList();
        Assert.True(priced.Count > 5);
        // Attributed per order: every matched fill paid the wider spread's half, none was better.
        Assert.All(priced, o => Assert.InRange(o.SlippageBps!.Value, 19.5, 20.5));
    }

    [Fact]
    public async Task On_live_data_the_check_replays_the_bars_the_bot_stored_with_their_warm_up_and_finds_parity()
    {
        var package = await PackageAsync();
        var (strategy, errors) = PackageStrategies.Load(new BotOptions(), package);
        Assert.True(strategy is not null, string.Join("; ", errors));
        var from = new DateTimeOffset(2023, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var trading = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        IReadOnlyList<CandleSeries> series = strategy.Symbols.Select(s => SharedCandles.BinanceHourly(s.Base).SliceByCloseTime(from, new DateTimeOffset(2024, 2, 15, 0, 0, 0, TimeSpan.Zero))).ToArray();
        var db = Path.Combine(_dir, "live.db");
        using var store = BotStore.Open(db);
        // Real candles fed as the live feed feeds them: warm-up bars first (no trading), each batch stored before its step.
        var session = new BotSession(BotMode.Paper, strategy, series, store, new EngineOptions(), orderIdPrefix: "run7-") { WarmingUp = true };
        var stream = new MergedBarStream(series);
        while (stream.MoveNext())
        {
            var warmup = stream.Time < trading;
            var bars = new List<(int, Bar)>();
            var candles = new List<(Symbol, Candle)>();
            foreach (var s in stream.Present)
            {
                bars.Add((s, Bar.FromSeries(series[s], stream.BarIndexOf(s))));
                candles.Add((series[s].Symbol, series[s][stream.BarIndexOf(s)]));
            }

            store.SaveLiveBars(candles, warmup);
            session.WarmingUp = warmup;
            lock (session.Gate) session.Step(stream.Time, bars);
        }

        using var runtime = new BotRuntime();
        var journal = new LiveBarJournal(store, db, strategy, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        runtime.Start(new BotRun(BotMode.Paper, strategy, session, store, LiveBars: journal));
        var report = new ParityMonitor(runtime, new ParityOptions(), new ManualTimeProvider()).Check();

        Assert.True(report.Matched > 5, report.Reason);
        Assert.Equal(ParityReport.InParity, report.Verdict);
        Assert.Equal(report.BotOrders, report.Matched);
        Assert.Equal(report.BacktestOrders, report.Matched);
        Assert.All(report.Orders, o => Assert.True(o.SlippageBps == 0 && o.QuantityDifference == 0, $"{o.Bar:O} {o.Symbol}: {o.SlippageBps} bps, {o.QuantityDifference}"));
        // Matched by bar and side, not by client order id: the bot's ids carry a per-run prefix the backtest does not have.
        Assert.All(report.Orders, o => Assert.NotEqual(o.BotOrderId, o.BacktestOrderId));
        Assert.Contains("data-health verdicts", report.Reason);
    }

    [Fact]
    public async Task The_parity_endpoint_requires_the_bearer_token()
    {
        await using var bot = await RunningBot.StartAsync();
        var none = await bot.Anonymous.GetAsync("/api/parity");
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);

        var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/parity");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token-000000");
        Assert.Equal(HttpStatusCode.Unauthorized, (await bot.Anonymous.SendAsync(wrong)).StatusCode);

        var ok = new HttpRequestMessage(HttpMethod.Get, "/api/parity");
        ok.Headers.Authorization = new AuthenticationHeaderValue("Bearer", RunningBot.Token);
        var response = await bot.Anonymous.SendAsync(ok);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(ParityReport.NotChecked, doc.RootElement.GetProperty("verdict").GetString());
    }

    [Fact]
    public void A_parity_significance_level_outside_0_1_stops_start_up_naming_the_setting()
    {
        var ex = Assert.Throws<BotConfigurationException>(() => BotHost.Build(["--port", "0", "--job-store", "memory", "--Bot:Parity:Alpha", "2"]));
        Assert.Contains(ex.Errors, e => e.Contains("Bot:Parity:Alpha must be in (0, 1), got 2"));
    }

    // A package made the way a quant makes one: cst backtest over real data writes package.json next to its result.
    private async Task<string> PackageAsync()
    {
        var outDir = Path.Combine(_dir, "made");
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["backtest", "--symbols", "BTC/USDT,ETH/USDT", "--from", "2024-01-01", "--to", "2024-02-15", "--fast", "10", "--slow", "40",
            "--source", SharedDatasets.RootPath, "--out", outDir, "--json"], new StringWriter(), stderr, new ManualTimeProvider());
        Assert.True(code == 0, stderr.ToString());
        return Path.Combine(outDir, "package.json");
    }
}
