using System.Globalization;
using System.Text.Json;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Bot.Tests.Replay;
using CryptoSmartTrader.Cli;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Kinds;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Models.Training;
using CryptoSmartTrader.TestKit.Builders;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.TestKit.Time;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Construction;
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

    // Issue 18: a cross-sectional book (xs-factor reversal ranked across six symbols, long-only top-2 rebuilt daily,
    // vol-target sizing) from a package file, run by the bot host over the same bars as cst backtest --package.
    [Fact]
    public Task A_cross_sectional_top_k_package_trades_the_same_in_the_bot_and_the_backtest() =>
        CrossSectionalParityAsync("xs", ["BTC/USDT", "ETH/USDT", "BNB/USDT", "XRP/USDT", "LTC/USDT", "ADA/USDT"], "2024-01-01", "2024-02-01");

    // The universe changes inside the window: ATOM, ETC and MATIC end on 2022-10-11 09:00 in the shared data, so from then
    // a step carries bars of some symbols only, and the ranking is over fewer names (the per-step feeding of several symbols).
    [Fact]
    public Task A_cross_sectional_book_whose_symbols_stop_mid_window_trades_the_same_in_the_bot_and_the_backtest() =>
        CrossSectionalParityAsync("xs-ending", ["BTC/USDT", "ETH/USDT", "BNB/USDT", "ATOM/USDT", "ETC/USDT", "MATIC/USDT", "LINK/USDT"], "2022-09-25", "2022-10-25");

    // AVAX's first bar in the shared data is 2020-09-22 06:00, inside the window (and inside no warm-up): a symbol joins the cross-section.
    [Fact]
    public Task A_cross_sectional_book_whose_symbol_lists_mid_window_trades_the_same_in_the_bot_and_the_backtest() =>
        CrossSectionalParityAsync("xs-listing", ["BTC/USDT", "ETH/USDT", "BNB/USDT", "LTC/USDT", "LINK/USDT", "AVAX/USDT"], "2020-09-10", "2020-10-10");

    // Dollar-neutral: long the top 2, short the bottom 2 (risk.allowShort). The paper venue is the backtest's simulated venue
    // behind the write-ahead store, which books negative positions as the backtest does.
    [Fact]
    public Task A_long_short_cross_sectional_package_trades_the_same_in_the_bot_and_the_backtest() =>
        CrossSectionalParityAsync("xs-ls", ["BTC/USDT", "ETH/USDT", "BNB/USDT", "XRP/USDT", "LTC/USDT", "ADA/USDT"], "2024-01-01", "2024-02-01", longShort: true);

    // Issue 18's trained model: a linear cross-sectional 24h rank model trained by cst train --cross-sectional on the six pairs
    // (2023-05-15 .. 2024-01-01, real data) drives the long-only top-2 book (alpha.kind xs-model) in January 2024, after its training.
    [Fact]
    public async Task A_trained_cross_sectional_model_top_k_package_trades_the_same_in_the_bot_and_the_backtest()
    {
        string[] symbols = ["BTC/USDT", "ETH/USDT", "BNB/USDT", "XRP/USDT", "LTC/USDT", "ADA/USDT"];
        var registry = Path.Combine(_dir, "models");
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["train", "--cross-sectional", "--symbols", string.Join(",", symbols), "--horizon", "24h", "--model-type", "linear",
            "--from", "2023-05-15", "--to", "2024-01-01", "--name", "parity-xs-model", "--source", SharedDatasets.PathOf("candles", "binance_spot_1h"),
            "--models-dir", registry], new StringWriter(), stderr, new ManualTimeProvider());
        Assert.True(code == 0, stderr.ToString());
        var version = new ModelRegistry(registry, TimeProvider.System).Show("parity-xs-model").Value!.CreatedAt.ToUnixTimeMilliseconds();
        var spec = CrossSectionalPackage("xs-model", symbols, longShort: false);
        spec.Alpha.Kind = AlphaSpec.XsModelKind;
        spec.Alpha.XsFactor = null;
        spec.Alpha.XsModel = new CrossSectionalModelRef { Name = "parity-xs-model", Version = version.ToString(CultureInfo.InvariantCulture) };
        await PackageParityAsync("xs-model", spec, symbols, "2024-01-02", "2024-02-01", longShort: false, ["--models-dir", registry], ["--models", registry]);
    }

    private Task CrossSectionalParityAsync(string name, string[] symbols, string from, string to, bool longShort = false) =>
        PackageParityAsync(name, CrossSectionalPackage(name, symbols, longShort), symbols, from, to, longShort, [], []);

    // The package run by cst backtest --package and by the bot host in replay mode over the same bars: same orders, fills, equity.
    private async Task PackageParityAsync(string name, StrategyPackage spec, string[] symbols, string from, string to, bool longShort, string[] backtestArgs, string[] botArgs)
    {
        var package = Path.Combine(_dir, name + "-package.json");
        await StrategyPackageJson.SaveAsync(spec, package);
        var backtest = Path.Combine(_dir, "backtest-" + name);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["backtest", "--package", package, "--from", from, "--to", to,
            "--source", SharedDatasets.RootPath, .. backtestArgs, "--out", backtest, "--json"], stdout, stderr, new ManualTimeProvider());
        Assert.True(code == 0, stderr.ToString());

        var bot = Path.Combine(_dir, "bot-" + name);
        var db = Path.Combine(_dir, name + ".db");
        await RunBotWindowAsync(["--mode", "replay", "--strategy", package, .. botArgs, "--from", from, "--until", to,
            "--out", bot, "--db", db, "--datasets", SharedDatasets.RootPath]);

        var (b, r) = (Result(backtest), Result(bot));
        Assert.True(b.GetProperty("counts").GetProperty("orders").GetInt32() > 10, "the book must trade in the window for the comparison to mean anything");
        var traded = File.ReadAllLines(Path.Combine(backtest, "fills.csv")).Skip(1).Select(l => l.Split(',')[2]).ToHashSet();
        Assert.True(symbols.Count(traded.Contains) >= 3, "the book must rotate across several symbols");
        if (longShort)
        {
            // Net below gross exposure only with a negative position: the bot's paper venue held the short leg.
            var shortBars = File.ReadAllLines(Path.Combine(bot, "equity.csv")).Skip(1).Select(l => l.Split(','))
                .Count(f => decimal.Parse(f[3], CultureInfo.InvariantCulture) < decimal.Parse(f[2], CultureInfo.InvariantCulture) - 1m);
            Assert.True(shortBars > 0, "the long/short book must hold a short position in the bot");
        }

        Assert.Equal(b.GetProperty("settings").GetProperty("warmupBars").GetInt32(), r.GetProperty("settings").GetProperty("warmupBars").GetInt32());
        Assert.Equal(b.GetProperty("counts").GetProperty("bars").GetInt32(), r.GetProperty("counts").GetProperty("bars").GetInt32());
        Assert.Equal(b.GetProperty("orderListHash").GetString(), r.GetProperty("orderListHash").GetString());
        Assert.Equal(File.ReadAllText(Path.Combine(backtest, "fills.csv")), File.ReadAllText(Path.Combine(bot, "fills.csv")));
        Assert.Equal(b.GetProperty("metrics").GetProperty("finalEquity").GetDecimal(), r.GetProperty("metrics").GetProperty("finalEquity").GetDecimal());
        using var store = BotStore.Open(db);
        Assert.Equal(b.GetProperty("counts").GetProperty("orders").GetInt32(), store.Orders().Count);
    }

    private static StrategyPackage CrossSectionalPackage(string name, string[] symbols, bool longShort)
    {
        var p = new StrategyPackage { Name = "parity-" + name };
        p.Universe.Symbols.AddRange(symbols);
        p.Alpha.Kind = AlphaSpec.XsFactorKind;
        p.Alpha.XsFactor = new CrossSectionalFactorOptions { Factor = CrossSectionalFactorOptions.Reversal, LookbackBars = 24 };
        p.Construction.Kind = ConstructionSpec.TopKKind;
        p.Construction.TopK = new TopKConstructionOptions { K = 2, HoldBand = 1, LongShort = longShort, RebalanceBars = 24 };
        p.Sizing.Kind = SizingSpec.VolTargetKind;
        p.Sizing.VolTarget.TargetAnnualVolatility = 0.6;
        p.Sizing.VolTarget.MaxPositionFraction = 0.5;
        p.Risk.MaxPositionFraction = 0.5;
        p.Risk.AllowShort = longShort;
        return p;
    }

    [Fact]
    public Task An_xgboost_model_strategy_trades_the_same_in_the_bot_and_the_backtest() => ModelParityAsync("parity-xgb", "xgboost");

    // The stacked model's linear members are sensitive to features that cumulate from the first bar (obv, a/d, the volume
    // indexes); this failed while cst backtest predicted from one loaded bar more than the bot holds (BacktestRunner.Fed).
    [Fact]
    public Task A_stacked_model_strategy_trades_the_same_in_the_bot_and_the_backtest() => ModelParityAsync("parity-stack", "stacked");

    // A tiny LSTM (2 epochs, window 8, hidden 8, one thread) trained by cst train (needs libtorch: TorchFact skips without it).
    // It failed for the stacked model's reason (179 orders in cst backtest, 182 in the bot): its standardised inputs include the
    // cumulative features, and the backtest predicted from one bar more than the bot holds.
    [TorchFact]
    public Task A_deep_lstm_model_strategy_trades_the_same_in_the_bot_and_the_backtest() => ModelParityAsync("parity-lstm", "lstm");

    // Issue 20: a model trained on the derivatives set (cst train --features derivatives) as a package: the bot reads the perpetual
    // history from its market store, cst backtest from --db, the same file. The candles are the real shared data; the funding, open
    // interest and mark bars are SYNTHETIC (seeded random, SyntheticDerivatives; not market data), stored before either runs.
    [Fact]
    public Task A_derivatives_model_package_trades_the_same_in_the_bot_and_the_backtest() => ModelParityAsync("parity-deriv", DerivativesModel);

    private const string DerivativesModel = "derivatives";

    private async Task ModelParityAsync(string name, string kind)
    {
        var registry = Path.Combine(_dir, "models");
        var db = Path.Combine(_dir, name + ".db"); // the bot's store; with a derivatives model also the backtest's --db
        string[] store = [];
        if (kind == "lstm") await TrainDeepAsync(registry, name);
        else if (kind == DerivativesModel) store = await TrainDerivativesAsync(registry, name, db);
        else TrainModel(registry, name, kind);
        var backtest = Path.Combine(_dir, "backtest-" + name);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["backtest", "--model", name, "--models-dir", registry, "--symbols", "BTC/USDT", "--from", "2023-07-01", "--to", "2023-08-15",
            "--source", SharedDatasets.RootPath, .. store, "--out", Path.Combine(_dir, "made-" + name), "--json"], stdout, stderr, new ManualTimeProvider());
        Assert.True(code == 0, stderr.ToString());

        // A small model is rarely 80 % sure, so the package is edited (as a quant would) to act on any view; both sides run the edited package.
        var package = StrategyPackageJson.Load(Path.Combine(_dir, "made-" + name, "package.json")).Value!;
        package.Risk.MinConfidence = 0.5;
        var edited = Path.Combine(_dir, name + "-package.json");
        await StrategyPackageJson.SaveAsync(package, edited);
        code = await CliApp.RunAsync(["backtest", "--package", edited, "--models-dir", registry, "--from", "2023-07-01", "--to", "2023-08-15",
            "--source", SharedDatasets.RootPath, .. store, "--out", backtest, "--json"], stdout, stderr, new ManualTimeProvider());
        Assert.True(code == 0, stderr.ToString());

        var bot = Path.Combine(_dir, "bot-" + name);
        await RunBotWindowAsync(["--mode", "replay", "--strategy", edited, "--models", registry, "--from", "2023-07-01",
            "--until", "2023-08-15", "--out", bot, "--db", db, "--datasets", SharedDatasets.RootPath]);

        var (b, r) = (Result(backtest), Result(bot));
        Assert.True(b.GetProperty("counts").GetProperty("orders").GetInt32() > 0, "the model must trade in the window for the comparison to mean anything");
        if (kind == DerivativesModel) Assert.Empty(b.GetProperty("warnings").EnumerateArray()); // it read the stored series, none missing
        Assert.Equal(b.GetProperty("settings").GetProperty("warmupBars").GetInt32(), r.GetProperty("settings").GetProperty("warmupBars").GetInt32());
        Assert.Equal(b.GetProperty("orderListHash").GetString(), r.GetProperty("orderListHash").GetString());
        Assert.Equal(File.ReadAllText(Path.Combine(backtest, "fills.csv")), File.ReadAllText(Path.Combine(bot, "fills.csv")));
        Assert.Equal(b.GetProperty("metrics").GetProperty("finalEquity").GetDecimal(), r.GetProperty("metrics").GetProperty("finalEquity").GetDecimal());
    }

    // A small model of the given kind (through the one model-kind registry) on real BTC/USDT 1h bars up to June 2023;
    // the window traded above is after it.
    private static void TrainModel(string root, string name, string kindName)
    {
        var registry = new ModelRegistry(root, new ManualTimeProvider(new DateTimeOffset(2023, 6, 2, 0, 0, 0, TimeSpan.Zero)));
        var features = FeatureSetCatalog.Resolve("ta").Value!;
        var horizons = new[] { Horizon.Parse("1h") };
        var kind = ModelKinds.Find(kindName, out var error) ?? throw new InvalidOperationException(error);
        var made = kind.Create(new ModelKindRequest { Settings = new Dictionary<string, string> { ["rounds"] = "30" }, Seed = 3, Horizons = horizons, Deterministic = true });
        Assert.True(made.Ok, made.Error);
        var series = SharedCandles.BinanceHourly("BTC").SliceByCloseTime(new DateTimeOffset(2022, 10, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero));
        using var bundle = MultiHorizonTrainer.Train([FeatureFrames.Compute(features.Sets, series)], new TrainingRequest
        {
            Name = name,
            Horizons = horizons,
            FeatureSet = features.Descriptor,
            Predictor = made.Predictor!,
            Hyperparameters = made.Recorded,
            Dataset = new DatasetOptions { From = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero), LabelsEndBy = new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero), Stride = TimeSpan.FromHours(kindName == "stacked" ? 1 : 6) }, // stacking needs enough out-of-fold rows for its meta-learner
            IncludeBaselines = false,
            Seed = 3,
        }, new ManualTimeProvider());
        var saved = registry.Save(bundle);
        Assert.True(saved.Ok, saved.Error);
    }

    // The derivatives model: cst train --features derivatives on a store of real BTC/USDT 1h candles up to June 2023 and the
    // synthetic perpetual history; the same synthetic rows (through the traded window) go into the bot's store. Returns the
    // backtest's --db arguments.
    private async Task<string[]> TrainDerivativesAsync(string registry, string name, string db)
    {
        var btc = SharedCandles.BinanceHourly("BTC").SliceByCloseTime(new DateTimeOffset(2022, 10, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2023, 8, 16, 0, 0, 0, TimeSpan.Zero));
        var trainDb = Path.Combine(_dir, name + "-train.db");
        using (var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = trainDb }))
        {
            Assert.False(store.Import(btc.SliceByCloseTime(btc.FirstOpenTime, new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero))).Rejected);
        }

        // A synthetic basis that tells the next return, so the model is confident and trades in the window.
        SyntheticDerivatives.Save(trainDb, btc, markLeadsSpot: true);
        SyntheticDerivatives.Save(db, btc, markLeadsSpot: true);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["train", "--exchange", "binance", "--symbols", "BTC/USDT", "--timeframe", "1h", "--horizons", "1h", "--from", "2023-01-01",
            "--to", "2023-06-01", "--stride", "1h", "--name", name, "--features", "derivatives", "--db", trainDb, "--models-dir", registry],
            stdout, stderr, new ManualTimeProvider(new DateTimeOffset(2023, 6, 2, 0, 0, 0, TimeSpan.Zero)));
        Assert.True(code == 0, stderr.ToString());
        return ["--db", db];
    }

    private static async Task TrainDeepAsync(string registry, string name)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["train", "--exchange", "binance", "--symbols", "BTC/USDT", "--timeframe", "1h", "--horizons", "1h", "--from", "2023-01-01",
            "--to", "2023-06-01", "--stride", "6h", "--name", name, "--source", Path.Combine(SharedDatasets.RootPath, "candles", "binance_spot_1h"), "--model-type", "lstm", "--epochs", "2", "--window", "8",
            "--hidden", "8", "--threads", "1", "--models-dir", registry], stdout, stderr, new ManualTimeProvider(new DateTimeOffset(2023, 6, 2, 0, 0, 0, TimeSpan.Zero)));
        Assert.True(code == 0, stderr.ToString());
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
