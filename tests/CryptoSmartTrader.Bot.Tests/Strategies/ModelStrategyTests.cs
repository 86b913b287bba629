using System.Text.Json;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Bot.Strategies;
using CryptoSmartTrader.Bot.Tests.Replay;
using CryptoSmartTrader.Trading.Alpha;
using Microsoft.Data.Sqlite;

namespace CryptoSmartTrader.Bot.Tests.Strategies;

/// <summary>Promoted models as the bot's strategy: replayed end to end, and every way a model strategy is refused.</summary>
public sealed class ModelStrategyTests(PromotedTestModels models) : IClassFixture<PromotedTestModels>
{
    private readonly PromotedTestModels _models = models;

    [Fact]
    public async Task A_promoted_model_predicts_each_bar_close_point_in_time_and_the_bot_decides_with_it()
    {
        var args = _models.Args("""{ "strategy": "model:bot-lin", "initialCash": 100000, "risk": { "minConfidence": 0.5 } }""");
        await using var bot = await RunningBot.StartAsync(args);
        await Waiting.For(async () => (await Get(bot, "/api/overview")).GetProperty("notices").EnumerateArray()
            .Any(n => n.GetString()!.StartsWith("replay finished", StringComparison.Ordinal)), "the replay never finished");

        // Reference: the library's batch prediction over the same real bars, computed here, apart from the bot.
        using var source = ModelAlphaSource.Open(_models.Registry, PromotedTestModels.Promoted, PromotedTestModels.TrainEnd).Value!;
        var expected = source.Predict(_models.Replayed);
        var trainTo = _models.Registry.Show(PromotedTestModels.Promoted).Value!.TrainTo;

        var panel = Assert.Single((await Get(bot, "/api/predictions")).EnumerateArray());
        Assert.Equal("BTC/USDT", panel.GetProperty("symbol").GetString());
        Assert.Equal("model:bot-lin(1h)", panel.GetProperty("model").GetString());
        Assert.Equal("1h", panel.GetProperty("horizon").GetString());
        var last = expected[_models.Replayed.CloseTimeMs[^1]];
        Assert.Equal(_models.Replayed.LastCloseTime, panel.GetProperty("asOf").GetDateTimeOffset());
        Assert.Equal(last.ProbabilityUp, panel.GetProperty("probabilityUp").GetDouble(), 12);
        Assert.Equal(last.Confidence, panel.GetProperty("confidence").GetDouble(), 12);
        Assert.Equal(last.ExpectedReturn, panel.GetProperty("expectedReturn").GetDouble(), 12);
        Assert.Equal(last.Confidence >= 0.5, panel.GetProperty("passesGate").GetBoolean()); // the data-health verdict is clean on this window

        // Stored predictions: one per bar close after training with defined inputs, none at or before TrainTo (in-sample).
        var stored = StoredPredictions(args);
        var outOfSample = expected.Where(e => e.Key > trainTo.ToUnixTimeMilliseconds()).ToDictionary();
        Assert.True(expected.Keys.Any(t => t <= trainTo.ToUnixTimeMilliseconds()), "the replay should include in-sample bars the bot must skip");
        Assert.Equal(outOfSample.Keys.Order(), stored.Keys.Order());
        foreach (var (t, p) in outOfSample) Assert.Equal(p.Confidence, stored[t], 12);

        // Decisions follow the model: entries only at bar closes where it made an out-of-sample prediction, and orders went out.
        var entries = Column(args, "SELECT time_ms FROM bot_decisions WHERE action = 'OrderSubmitted' AND reason_code = 'SignalEntry'");
        Assert.NotEmpty(entries);
        Assert.All(entries, t => Assert.Contains(t, stored.Keys));
        using var store = BotStore.Open(DbOf(args));
        Assert.True(store.Count("bot_orders") >= entries.Count);
        Assert.Contains((await Get(bot, "/api/decisions")).EnumerateArray(), d => d.GetProperty("symbol").GetString() == "BTC/USDT");

        // Every replayed bar close was one timed cycle, exposed on /metrics.
        var metrics = await bot.Http.GetStringAsync("/metrics");
        Assert.Contains($"cst_cycle_duration_seconds_count {_models.Replayed.Count}\n", metrics, StringComparison.Ordinal);
        Assert.Contains($"cst_cycle_duration_seconds_bucket{{le=\"+Inf\"}} {_models.Replayed.Count}\n", metrics, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PromotedTestModels.Candidate, "candidate")]
    [InlineData(PromotedTestModels.Retired, "retired")]
    public void A_model_that_is_not_promoted_is_refused_at_start_up_naming_the_model_and_its_state(string model, string state)
    {
        var ex = Assert.Throws<BotConfigurationException>(() => BotHost.Build([.. _models.Args($$"""{ "strategy": "model:{{model}}" }"""), "--port", "0", "--job-store", "memory"]));
        var error = Assert.Single(ex.Errors);
        Assert.Contains($"model '{model}' is {state}, not promoted", error, StringComparison.Ordinal);
        Assert.Contains(_models.Registry.Root, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_model_is_refused_at_start_up_naming_the_registry()
    {
        var ex = Assert.Throws<BotConfigurationException>(() => BotHost.Build([.. _models.Args("""{ "strategy": "model:no-such-model" }"""), "--port", "0", "--job-store", "memory"]));
        Assert.Contains($"model 'no-such-model' not found in {_models.Registry.Root}", Assert.Single(ex.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_model_gives_its_market_by_default_and_refuses_another_one()
    {
        var (s, errors) = Load("""{ "strategy": "model:bot-lin" }""");
        Assert.Empty(errors);
        Assert.Equal(("binance", "1h", "BTC/USDT"), (s!.Exchange.ToString(), s.Timeframe.ToString(), Assert.Single(s.Symbols).ToString()));
        Assert.Equal("bot-lin", Assert.Single(s.Models!).Source.Metadata.Name);

        Assert.Contains("trained on binance 1h candles, the strategy trades binance 4h", Assert.Single(Load("""{ "strategy": "model:bot-lin", "timeframe": "4h" }""").Errors), StringComparison.Ordinal);
        Assert.Contains("ETH/USDT not among the model's symbols (BTC/USDT)", Assert.Single(Load("""{ "strategy": "model:bot-lin", "symbols": ["ETH/USDT"] }""").Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void The_promoted_option_runs_every_promoted_model_of_the_market_and_names_uncovered_symbols()
    {
        var (s, errors) = Load("""{ "strategy": "promoted", "timeframe": "1h", "symbols": ["BTC/USDT", "ETH/USDT"] }""");
        Assert.Empty(errors);
        var lanes = s!.Models!.ToDictionary(l => l.Source.Metadata.Name, l => Assert.Single(l.Symbols).ToString());
        Assert.Equal(new Dictionary<string, string> { ["bot-lin"] = "BTC/USDT", ["bot-eth"] = "ETH/USDT" }, lanes); // the candidate is not used

        var sol = Assert.Single(Load("""{ "strategy": "promoted", "timeframe": "1h", "symbols": ["BTC/USDT", "SOL/USDT"] }""").Errors);
        Assert.Contains("no promoted binance 1h model", sol, StringComparison.Ordinal);
        Assert.Contains("was trained on SOL/USDT (promoted: bot-eth [binance 1h ETH/USDT], bot-lin [binance 1h BTC/USDT])", sol, StringComparison.Ordinal);
        Assert.Contains("no promoted binance 1d model", Load("""{ "strategy": "promoted", "timeframe": "1d", "symbols": ["BTC/USDT"] }""").Errors[0], StringComparison.Ordinal);
    }

    private (Strategy? Strategy, IReadOnlyList<string> Errors) Load(string json)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("cst-model-strategy-").FullName, "strategy.json");
        File.WriteAllText(path, json);
        return StrategyLoader.Load(new BotOptions { StrategyFile = path, ModelsPath = _models.Registry.Root });
    }

    private static async Task<JsonElement> Get(RunningBot bot, string path) => JsonDocument.Parse(await bot.Http.GetStringAsync(path)).RootElement.Clone();

    private static string DbOf(string[] args) => args[Array.IndexOf(args, "--db") + 1];

    private static Dictionary<long, double> StoredPredictions(string[] args) =>
        Query(args, "SELECT time_ms, confidence FROM bot_predictions WHERE symbol = 'BTC/USDT' AND model = 'model:bot-lin(1h)'",
            r => (r.GetInt64(0), r.GetDouble(1))).ToDictionary(x => x.Item1, x => x.Item2);

    private static List<long> Column(string[] args, string sql) => Query(args, sql, r => r.GetInt64(0));

    private static List<T> Query<T>(string[] args, string sql, Func<SqliteDataReader, T> map)
    {
        using var db = new SqliteConnection($"Data Source={DbOf(args)};Mode=ReadOnly;Pooling=False");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var result = new List<T>();
        while (r.Read()) result.Add(map(r));
        return result;
    }
}
