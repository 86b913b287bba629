using CryptoSmartTrader.Bot.Engine;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Trading.Risk;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoSmartTrader.Bot.Tests.Replay;

public sealed class ReplayEngineTests
{
    private static async Task<JsonElement> Get(RunningBot bot, string path) =>
        JsonDocument.Parse(await bot.Http.GetStringAsync(path)).RootElement.Clone();

    private static async Task<bool> Finished(RunningBot bot) =>
        (await Get(bot, "/api/overview")).GetProperty("notices").EnumerateArray().Any(n => n.GetString()!.StartsWith("replay finished", StringComparison.Ordinal));

    [Fact]
    public async Task Replay_feeds_every_bar_in_close_time_order_and_the_api_shows_the_stored_numbers()
    {
        var data = new ReplayDataset(400);
        await using var bot = await RunningBot.StartAsync(data.Args("Replay", 5000));
        await Waiting.For(() => Finished(bot), "the replay never finished");

        var expectedTimes = data.Rows.Values.SelectMany(r => r.Select(x => x.Close)).Distinct().Order().ToList();
        var equity = (await Get(bot, "/api/equity")).EnumerateArray().Select(e => e.GetProperty("time").GetDateTimeOffset()).ToList();
        Assert.Equal(expectedTimes, equity);

        using var store = BotStore.Open(data.Db);
        var fills = store.Fills();
        Assert.NotEmpty(fills);
        var overview = await Get(bot, "/api/overview");
        Assert.Equal("REPLAY", overview.GetProperty("mode").GetString());
        Assert.Equal(fills.Count, overview.GetProperty("fills").GetInt64());
        var positions = (await Get(bot, "/api/positions")).EnumerateArray().ToList();
        foreach (var p in positions)
        {
            var symbol = p.GetProperty("symbol").GetString()!;
            var fromFills = fills.Where(f => f.Symbol == symbol).Sum(f => f.Side == "Buy" ? f.Quantity : -f.Quantity);
            Assert.Equal(fromFills, p.GetProperty("quantity").GetDecimal());
            Assert.Equal(data.Rows[symbol][^1].Price, p.GetProperty("mark").GetDecimal());
        }

        // Cash is the initial 10,000 USDT moved by every stored fill (buys pay notional + fee, sells receive notional - fee).
        var cash = 10_000m + fills.Sum(f => f.Side == "Buy" ? -f.Quantity * f.Price : f.Quantity * f.Price) - fills.Where(f => f.FeeAsset == "USDT").Sum(f => f.Fee);
        Assert.Equal(cash, overview.GetProperty("cash").GetDecimal());
        Assert.Equal(2, (await Get(bot, "/api/data-health")).GetArrayLength());
        Assert.NotEmpty((await Get(bot, "/api/decisions")).EnumerateArray());
        Assert.Equal(expectedTimes.Count, store.Count("bot_equity"));
    }

    [Fact]
    public async Task Shadow_mode_records_predictions_and_decisions_but_sends_no_order()
    {
        var data = new ReplayDataset(400);
        await using var bot = await RunningBot.StartAsync(data.Args("Shadow", 5000));
        await Waiting.For(() => Finished(bot), "the replay never finished");
        using var store = BotStore.Open(data.Db);
        Assert.Equal(0, store.Count("bot_orders"));
        Assert.Equal(0, store.Count("bot_fills"));
        Assert.True(store.Count("bot_predictions") > 0);
        var decisions = (await Get(bot, "/api/decisions")).EnumerateArray().ToList();
        Assert.Contains(decisions, d => d.GetProperty("action").GetString() == "OrderRejected" && d.GetProperty("reason").GetString() == "PaperOnly");
        Assert.Equal(0, (await Get(bot, "/api/overview")).GetProperty("orders").GetInt64());
    }

    [Fact]
    public async Task Kill_switch_endpoint_halts_the_kernel_itself()
    {
        var data = new ReplayDataset(400);
        await using var bot = await RunningBot.StartAsync(data.Args("Replay", 40));
        var engine = bot.Services.GetRequiredService<BotRuntime>();
        await Waiting.For(() => engine.Session is { LastClose: not null }, "the replay never started");

        using var halt = new HttpRequestMessage(HttpMethod.Post, "/api/kill-switch") { Content = new StringContent("{\"reason\":\"operator test\"}", Encoding.UTF8, "application/json") };
        halt.Headers.Authorization = new AuthenticationHeaderValue("Bearer", RunningBot.Token);
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.SendAsync(halt)).StatusCode);
        var kernel = engine.Session!.Kernel;
        lock (engine.Session.Gate)
        {
            Assert.True(kernel.Risk.KillSwitchEngaged);
            Assert.Equal(TradingState.Halted, kernel.Risk.State);
            Assert.Equal(0, kernel.OpenOrderCount);
        }

        var steps = engine.Session.LastClose;
        await Waiting.For(() => engine.Session.LastClose > steps!.Value.AddHours(3), "the replay stopped");
        Assert.Equal("Halted", (await Get(bot, "/api/overview")).GetProperty("tradingState").GetString());
        Assert.Contains((await Get(bot, "/api/alerts")).EnumerateArray(), a => a.GetProperty("kind").GetString() == "KillSwitch");
    }

    [Fact]
    public async Task Without_any_data_the_bot_starts_and_says_what_is_missing()
    {
        var empty = Directory.CreateTempSubdirectory("cst-nodata-").FullName;
        await using var bot = await RunningBot.StartAsync(["--mode", "Replay", "--db", Path.Combine(empty, "cst.db"), "--datasets", Path.Combine(empty, "datasets")]);
        await Waiting.For(async () => (await Get(bot, "/api/overview")).GetProperty("notices").GetArrayLength() >= 2, "no notice appeared");
        var notices = (await Get(bot, "/api/overview")).GetProperty("notices").EnumerateArray().Select(n => n.GetString()!).ToList();
        Assert.Contains(notices, n => n.Contains("no dataset folder with candle files", StringComparison.Ordinal) && n.Contains(empty, StringComparison.Ordinal));
        Assert.Contains(notices, n => n.Contains("no 1h candles for binance BTC/USDT", StringComparison.Ordinal));
        Assert.Empty((await Get(bot, "/api/equity")).EnumerateArray());
    }

    [Fact]
    public async Task Live_mode_without_a_reachable_exchange_refuses_to_trade_and_never_replays()
    {
        var data = new ReplayDataset(100);
        // Port 9 (discard) on loopback: nothing listens, so the exchange is unreachable on every machine.
        await using var bot = await RunningBot.StartAsync([.. data.Args("Live", 5000), "--Bot:MarketData:RestBaseUrl", "http://127.0.0.1:9/"]);
        await Waiting.For(async () => (await Get(bot, "/api/overview")).GetProperty("notices").EnumerateArray()
            .Any(n => n.GetString()!.StartsWith("Live mode needs live market data", StringComparison.Ordinal)), "no refusal notice");
        Assert.False(File.Exists(data.Db) && BotStoreHasOrders(data.Db));
        Assert.Equal("Halted", (await Get(bot, "/api/overview")).GetProperty("tradingState").GetString());
    }

    private static bool BotStoreHasOrders(string db)
    {
        using var store = BotStore.Open(db);
        return store.Count("bot_orders") > 0;
    }
}
