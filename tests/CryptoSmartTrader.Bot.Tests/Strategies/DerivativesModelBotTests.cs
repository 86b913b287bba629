using System.Globalization;
using System.Text.Json;
using CryptoSmartTrader.Bot.Tests.Replay;
using CryptoSmartTrader.Cli;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.Features.Derivatives;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Research.Session;
using CryptoSmartTrader.TestKit.Builders;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.Trading.Alpha;
using Microsoft.Data.Sqlite;

namespace CryptoSmartTrader.Bot.Tests.Strategies;

/// <summary>
/// A model trained with <c>cst train --features derivatives</c> and promoted, run by the real bot host on a replay of real
/// Binance BTC/USDT 1h bars, with SYNTHETIC funding, open interest and mark bars (random, seeded; made for this test only) in
/// the bot's market store. The bot's predictions must equal <c>cst predict</c> on the same store for the same bars, and equal a
/// prediction made from only the derivatives rows known at that bar close (the store holds later ones throughout the replay).
/// </summary>
public sealed class DerivativesModelBotTests(PromotedTestModels models) : IClassFixture<PromotedTestModels>, IDisposable
{
    private const string Model = "bot-deriv";
    private static readonly Symbol Btc = new("BTC", "USDT");
    private static readonly DateTimeOffset SyntheticFrom = new(2022, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly PromotedTestModels _models = models;
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-bot-deriv-").FullName;

    private string ModelsDir => Path.Combine(_dir, "models");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_promoted_derivatives_model_runs_in_the_bot_and_predicts_as_cst_predict_does_point_in_time()
    {
        await TrainAndPromote();
        // The bot's store holds the same synthetic derivatives (through the end of the replay); the replay imports the candles.
        var botDb = Path.Combine(_dir, "bot.db");
        SaveSyntheticDerivatives(botDb);
        await using (var bot = await RunningBot.StartAsync(BotArgs(botDb)))
        {
            await Waiting.For(async () => (await Get(bot, "/api/overview")).GetProperty("notices").EnumerateArray()
                .Any(n => n.GetString()!.StartsWith("replay finished", StringComparison.Ordinal)), "the replay never finished");

            // The latest prediction on the page equals cst predict at the last replayed bar, on the bot's own store.
            var panel = Assert.Single((await Get(bot, "/api/predictions")).EnumerateArray());
            Assert.Equal($"model:{Model}(1h)", panel.GetProperty("model").GetString());
            var last = _models.Replayed.LastCloseTime;
            Assert.Equal(last, panel.GetProperty("asOf").GetDateTimeOffset());
            var cli = await Predict(botDb, last);
            Assert.Equal(last, cli.GetProperty("asOf").GetDateTimeOffset());
            Assert.Equal(cli.GetProperty("probabilityUp").GetDouble(), panel.GetProperty("probabilityUp").GetDouble(), 12);
            Assert.Equal(cli.GetProperty("confidence").GetDouble(), panel.GetProperty("confidence").GetDouble(), 12);
            Assert.Equal(cli.GetProperty("expectedReturn").GetDouble(), panel.GetProperty("expectedReturn").GetDouble(), 12);
        }

        // Stored predictions: only after training, and one mid-replay bar checked against cst predict and against the model fed
        // only the derivatives rows known at that close (filtered here, not by the feature set's own cut).
        var stored = StoredConfidences(botDb);
        var trainTo = new ModelRegistry(ModelsDir, TimeProvider.System).Show(Model).Value!.TrainTo;
        Assert.True(stored.Count > 100, $"expected out-of-sample predictions over the replay, got {stored.Count}");
        Assert.All(stored.Keys, t => Assert.True(t > trainTo.ToUnixTimeMilliseconds()));
        var mid = stored.Keys.Order().ElementAt(stored.Count / 2);
        var midClose = DateTimeOffset.FromUnixTimeMilliseconds(mid);
        Assert.Equal((await Predict(botDb, midClose)).GetProperty("confidence").GetDouble(), stored[mid], 12);
        Assert.Equal(KnownOnlyPrediction(botDb, midClose, trainTo).Confidence, stored[mid], 12);
    }

    [Fact]
    public async Task Without_derivatives_data_in_the_bot_store_the_model_makes_no_prediction_and_the_page_says_why()
    {
        await TrainAndPromote();
        var botDb = Path.Combine(_dir, "bot.db"); // candles only (the replay imports them): no perpetual history for BTC/USDT
        await using var bot = await RunningBot.StartAsync([.. BotArgs(botDb), "--Bot:Schedules:DataHealth", "0/1 * * * * ?"]);
        var prefix = $"derivatives model:{Model}(1h) BTC/USDT: no derivatives data in the store {botDb}";
        await Waiting.For(async () =>
        {
            var notices = (await Get(bot, "/api/overview")).GetProperty("notices").EnumerateArray().Select(n => n.GetString()!).ToList();
            return notices.Any(n => n.StartsWith("replay finished", StringComparison.Ordinal)) && notices.Any(n => n.StartsWith(prefix, StringComparison.Ordinal));
        }, "the replay never finished, or no notice said the derivatives data is missing");

        Assert.Empty((await Get(bot, "/api/predictions")).EnumerateArray());
        Assert.Empty(StoredConfidences(botDb));
    }

    // Training store: real candles up to the end of training plus the synthetic derivatives; the model is trained and
    // promoted through the CLI, as a user would.
    private async Task TrainAndPromote()
    {
        var trainDb = Path.Combine(_dir, "train.db");
        using (var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = trainDb }))
        {
            Assert.False(store.Import(SharedCandles.BinanceHourly("BTC").SliceByCloseTime(SyntheticFrom, PromotedTestModels.TrainEnd)).Rejected);
        }

        SaveSyntheticDerivatives(trainDb);
        await Cli("train", "--exchange", "binance", "--symbols", "BTC/USDT", "--timeframe", "1h", "--horizons", "1h", "--from", "2023-01-01",
            "--to", "2023-03-01", "--stride", "6h", "--name", Model, "--features", "derivatives", "--db", trainDb, "--models-dir", ModelsDir, "--json");
        await Cli("models", "promote", Model, "--models-dir", ModelsDir);
    }

    private string[] BotArgs(string botDb)
    {
        var strategy = Path.Combine(_dir, "strategy.json");
        File.WriteAllText(strategy, $$"""{ "strategy": "model:{{Model}}", "initialCash": 100000 }""");
        return ["--mode", "Replay", "--db", botDb, "--datasets", _models.Datasets, "--models", ModelsDir, "--strategy", strategy,
            "--speed", "5000", "--Bot:Engine:ReplayLastBars", "0"];
    }

    // The model fed the replayed bars up to the close and the derivatives rows whose known time is at or before it.
    private Prediction KnownOnlyPrediction(string db, DateTimeOffset close, DateTimeOffset trainTo)
    {
        DerivativesInputs all;
        using (var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = db }))
        {
            all = ResearchDerivatives.LoadInputs(store.Derivatives, Exchange.Binance, Btc, Timeframe.H1)!;
        }

        Assert.Contains(all.OpenInterest, v => v.KnownAt > close); // the store knows the future of this bar: the cut matters
        var known = new DerivativesInputs([.. all.Funding.Where(v => v.KnownAt <= close)], [.. all.OpenInterest.Where(v => v.KnownAt <= close)],
            [.. all.MarkClose.Where(v => v.KnownAt <= close)]);
        var sets = new FeatureSetRegistry().Add(new DerivativesFeatureSet(_ => known));
        using var source = ModelAlphaSource.Open(new ModelRegistry(ModelsDir, TimeProvider.System), Model, trainTo.AddTicks(1), featureSets: sets).Value!;
        return source.PredictLast(_models.Replayed.SliceByCloseTime(PromotedTestModels.ReplayFrom, close))!;
    }

    // SYNTHETIC perpetual history for BTC/USDT on binance (seeded random; not market data): funding every 8 h, hourly open
    // interest, and hourly mark bars near the real spot close, from SyntheticFrom to the end of the replay.
    private static void SaveSyntheticDerivatives(string db) =>
        SyntheticDerivatives.Save(db, SharedCandles.BinanceHourly("BTC").SliceByCloseTime(SyntheticFrom, PromotedTestModels.ReplayTo));

    private async Task<JsonElement> Predict(string db, DateTimeOffset at)
    {
        var output = await Cli("predict", "--model", Model, "--exchange", "binance", "--symbol", "BTC/USDT",
            "--at", at.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture), "--features", "derivatives", "--db", db, "--models-dir", ModelsDir, "--json");
        return Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray()).Clone();
    }

    private static async Task<string> Cli(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = await CliApp.RunAsync(args, stdout, stderr, TimeProvider.System);
        Assert.True(code == 0, $"cst {string.Join(' ', args)}: {stderr}");
        return stdout.ToString();
    }

    private static async Task<JsonElement> Get(RunningBot bot, string path) => JsonDocument.Parse(await bot.Http.GetStringAsync(path)).RootElement.Clone();

    private static Dictionary<long, double> StoredConfidences(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT time_ms, confidence FROM bot_predictions WHERE symbol = 'BTC/USDT' AND model = 'model:{Model}(1h)'";
        using var r = cmd.ExecuteReader();
        var result = new Dictionary<long, double>();
        while (r.Read()) result[r.GetInt64(0)] = r.GetDouble(1);
        return result;
    }
}
