using System.Text.Json;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Bot.Tests.Replay;
using CryptoSmartTrader.Cli;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Models.Training;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.TestKit.Time;
using CryptoSmartTrader.Trading.Packages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CryptoSmartTrader.Bot.Tests.Parity;

/// <summary>
/// Parity on the production path (issue 14): the bot host — Quartz firing the trading-cycle job, the engine, the
/// write-ahead persisting venue and the store — replays a window of the real shared data with a strategy package, and
/// <c>cst backtest</c> (the CLI's own code path) runs the same package over the same bars. Same order-list hash, same
/// fills, same final equity.
/// </summary>
public sealed class ProductionParityTests
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-parity-").FullName;

    [Fact]
    public async Task Sma_cross_with_a_stop_sqrt_slippage_and_250ms_latency_trades_the_same_in_the_bot_and_the_backtest()
    {
        var backtest = Path.Combine(_dir, "backtest");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["backtest", "--symbols", "BTC/USDT,ETH/USDT", "--from", "2024-01-01", "--to", "2024-03-01", "--fast", "10", "--slow", "40",
            "--stop-loss", "2", "--slippage", "sqrt", "--latency", "250ms", "--source", SharedDatasets.RootPath, "--out", backtest, "--json"], stdout, stderr, new ManualTimeProvider());
        Assert.True(code == 0, stderr.ToString());

        var bot = Path.Combine(_dir, "bot");
        var db = Path.Combine(_dir, "bot.db");
        await RunBotWindowAsync(["--mode", "replay", "--strategy", Path.Combine(backtest, "package.json"), "--from", "2024-01-01", "--until", "2024-03-01",
            "--out", bot, "--db", db, "--datasets", SharedDatasets.RootPath]);

        var (b, r) = (Result(backtest), Result(bot));
        Assert.True(b.GetProperty("counts").GetProperty("orders").GetInt32() > 10, "the window must trade for the comparison to mean anything");
        Assert.Equal(b.GetProperty("orderListHash").GetString(), r.GetProperty("orderListHash").GetString());
        Assert.Equal(File.ReadAllText(Path.Combine(backtest, "fills.csv")), File.ReadAllText(Path.Combine(bot, "fills.csv")));
        Assert.Equal(b.GetProperty("metrics").GetProperty("finalEquity").GetDecimal(), r.GetProperty("metrics").GetProperty("finalEquity").GetDecimal());

        // And it went through the write-ahead store: every order the backtest sent is a stored order of the bot.
        using var store = BotStore.Open(db);
        Assert.Equal(b.GetProperty("counts").GetProperty("orders").GetInt32(), store.Orders().Count);
        Assert.Equal(b.GetProperty("counts").GetProperty("fills").GetInt32(), store.Fills().Count);
    }

    [Fact]
    public async Task An_xgboost_model_strategy_trades_the_same_in_the_bot_and_the_backtest()
    {
        var registry = Path.Combine(_dir, "models");
        TrainXgboost(registry, "parity-xgb");
        var backtest = Path.Combine(_dir, "backtest-xgb");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["backtest", "--model", "parity-xgb", "--models-dir", registry, "--symbols", "BTC/USDT", "--from", "2023-07-01", "--to", "2023-08-15",
            "--source", SharedDatasets.RootPath, "--out", Path.Combine(_dir, "made"), "--json"], stdout, stderr, new ManualTimeProvider());
        Assert.True(code == 0, stderr.ToString());

        // The small model is rarely 80 % sure, so the package is edited (as a quant would) to act on any view; both sides run the edited package.
        var package = StrategyPackageJson.Load(Path.Combine(_dir, "made", "package.json")).Value!;
        package.Risk.MinConfidence = 0.5;
        var edited = Path.Combine(_dir, "xgb-package.json");
        await StrategyPackageJson.SaveAsync(package, edited);
        code = await CliApp.RunAsync(["backtest", "--package", edited, "--models-dir", registry, "--from", "2023-07-01", "--to", "2023-08-15",
            "--source", SharedDatasets.RootPath, "--out", backtest, "--json"], stdout, stderr, new ManualTimeProvider());
        Assert.True(code == 0, stderr.ToString());

        var bot = Path.Combine(_dir, "bot-xgb");
        var db = Path.Combine(_dir, "bot-xgb.db");
        await RunBotWindowAsync(["--mode", "replay", "--strategy", edited, "--models", registry, "--from", "2023-07-01",
            "--until", "2023-08-15", "--out", bot, "--db", db, "--datasets", SharedDatasets.RootPath]);

        var (b, r) = (Result(backtest), Result(bot));
        Assert.True(b.GetProperty("counts").GetProperty("orders").GetInt32() > 0, "the model must trade in the window for the comparison to mean anything");
        Assert.Equal(b.GetProperty("settings").GetProperty("warmupBars").GetInt32(), r.GetProperty("settings").GetProperty("warmupBars").GetInt32());
        Assert.Equal(b.GetProperty("orderListHash").GetString(), r.GetProperty("orderListHash").GetString());
        Assert.Equal(File.ReadAllText(Path.Combine(backtest, "fills.csv")), File.ReadAllText(Path.Combine(bot, "fills.csv")));
        Assert.Equal(b.GetProperty("metrics").GetProperty("finalEquity").GetDecimal(), r.GetProperty("metrics").GetProperty("finalEquity").GetDecimal());
    }

    // A small XGBoost model on real BTC/USDT 1h bars up to June 2023 (the window traded above is after it).
    private static void TrainXgboost(string root, string name)
    {
        var registry = new ModelRegistry(root, new ManualTimeProvider(new DateTimeOffset(2023, 6, 2, 0, 0, 0, TimeSpan.Zero)));
        var features = FeatureSetCatalog.Resolve("ta").Value!;
        var series = SharedCandles.BinanceHourly("BTC").SliceByCloseTime(new DateTimeOffset(2022, 10, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero));
        using var bundle = MultiHorizonTrainer.Train([FeatureFrames.Compute(features.Sets, series)], new TrainingRequest
        {
            Name = name,
            Horizons = [Horizon.Parse("1h")],
            FeatureSet = features.Descriptor,
            Predictor = _ => new XGBoostPredictor(new XGBoostParameters { Rounds = 30, Seed = 3, Threads = 1 }),
            Dataset = new DatasetOptions { From = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero), LabelsEndBy = new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero), Stride = TimeSpan.FromHours(6) },
            IncludeBaselines = false,
        }, new ManualTimeProvider());
        var saved = registry.Save(bundle);
        Assert.True(saved.Ok, saved.Error);
    }

    private static async Task RunBotWindowAsync(string[] args)
    {
        var app = BotHost.Build(["--port", "0", "--job-store", "memory", .. args]);
        var stopped = new TaskCompletionSource();
        app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => stopped.TrySetResult());
        await app.StartAsync();
        try
        {
            await Waiting.For(() => stopped.Task.IsCompleted, "the replay window never finished", 300);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static JsonElement Result(string dir) => JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "result.json"))).RootElement.Clone();
}
