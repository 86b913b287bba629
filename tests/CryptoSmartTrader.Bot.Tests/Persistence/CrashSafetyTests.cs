using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Bot.Tests.Replay;

namespace CryptoSmartTrader.Bot.Tests.Persistence;

public sealed class CrashSafetyTests
{
    private static readonly string[] CrashPoints =
        ["after-intent:1", "after-submit:1", "after-fill:1", "after-step:30", "after-intent:2", "after-fill:2", "after-submit:3", "after-fill:4",
         "after-intent:4", "after-fill:3"];

    [Fact]
    public async Task Killing_the_bot_anywhere_in_the_order_flow_loses_and_duplicates_no_order()
    {
        var data = new ReplayDataset(300);
        // A fast crossover trades often (dozens of orders, partial fills), so every crash point is reached several times.
        File.WriteAllText(Path.Combine(data.Root, "strategy.json"), """{ "symbols": ["BTC/USDT", "ETH/USDT"], "sma": { "fast": 3, "slow": 8 } }""");
        var last = data.Rows.Values.SelectMany(r => r).Max(r => r.Close);
        var reference = Path.Combine(data.Root, "reference.db");
        await RunAsync(data, reference, last, crashAt: null, killAfterMs: null);

        var crashed = 0;
        foreach (var point in CrashPoints)
        {
            if (await RunAsync(data, data.Db, last, point, null)) crashed++;
        }

        var random = new Random(7);
        for (var i = 0; i < 3; i++)
        {
            if (await RunAsync(data, data.Db, last, null, random.Next(400, 1800))) crashed++;
        }

        await RunAsync(data, data.Db, last, null, null);
        Assert.True(crashed >= 8, $"only {crashed} runs were killed before the end; the test did not exercise recovery");

        using var expected = BotStore.Open(reference);
        using var actual = BotStore.Open(data.Db);
        Assert.NotEmpty(expected.Fills());
        Assert.Equal(expected.Orders(), actual.Orders());
        Assert.Equal(expected.Fills(), actual.Fills());

        var fills = actual.Fills();
        foreach (var o in actual.Orders())
        {
            Assert.Equal(o.Filled, fills.Where(f => f.ClientOrderId == o.ClientOrderId).Sum(f => f.Quantity));
        }

        var fromFills = fills.GroupBy(f => f.Symbol).ToDictionary(g => g.Key, g => g.Sum(f => f.Side == "Buy" ? f.Quantity : -f.Quantity));
        foreach (var (symbol, qty) in fromFills) Assert.Equal(qty, actual.Positions().GetValueOrDefault(symbol));
        var cash = 10_000m + fills.Sum(f => f.Side == "Buy" ? -f.Quantity * f.Price : f.Quantity * f.Price) - fills.Where(f => f.FeeAsset == "USDT").Sum(f => f.Fee);
        Assert.Equal(cash, actual.Balances()["USDT"]);
    }

    /// <summary>Runs the bot until it dies or its store has committed the last bar; true when it died (or was killed) first.</summary>
    private static async Task<bool> RunAsync(ReplayDataset data, string db, DateTimeOffset last, string? crashAt, int? killAfterMs)
    {
        List<string> args = ["--mode", "Replay", "--db", db, "--datasets", data.Datasets, "--speed", "400", "--port", "0", "--job-store", "memory",
            "--Bot:Engine:ReplayLastBars", "0", "--strategy", Path.Combine(data.Root, "strategy.json")];
        if (crashAt is not null) args.AddRange(["--Bot:Engine:CrashAt", crashAt]);
        using var bot = new CrashingBot(args);
        var started = DateTime.UtcNow;
        var died = false;
        await Waiting.For(() =>
        {
            if (bot.HasExited) return died = true;
            if (killAfterMs is { } ms && DateTime.UtcNow - started > TimeSpan.FromMilliseconds(ms) && Cursor(db) < last)
            {
                bot.Kill();
                return died = true;
            }

            return Cursor(db) >= last;
        }, $"the bot never reached the last bar (crash point {crashAt})", 120);
        bot.Kill();
        return died;
    }

    private static DateTimeOffset Cursor(string db)
    {
        if (!File.Exists(db)) return DateTimeOffset.MinValue;
        using var store = BotStore.Open(db);
        return store.Cursor() ?? DateTimeOffset.MinValue;
    }
}
