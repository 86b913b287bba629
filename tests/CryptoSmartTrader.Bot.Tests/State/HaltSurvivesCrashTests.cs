using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Bot.Tests.Cluster;
using CryptoSmartTrader.Bot.Tests.Replay;

namespace CryptoSmartTrader.Bot.Tests.State;

/// <summary>
/// Issue 19, finding 1: the kill switch engaged through the API survives a real SIGKILL of the bot process. The
/// restarted bot re-runs the committed steps with the halt re-applied where it happened, so it comes back halted,
/// sends no new order, and its committed history (orders, fills, equity and trading state per step) is unchanged.
/// </summary>
public sealed class HaltSurvivesCrashTests
{
    private const string Token = "halt-test-token-0123456789";

    [Fact]
    public async Task Kill_switch_then_kill_9_then_restart_comes_back_halted_with_the_same_history()
    {
        var data = new ReplayDataset(400);
        var strategy = Path.Combine(data.Root, "strategy.json");
        File.WriteAllText(strategy, """{ "symbols": ["BTC/USDT", "ETH/USDT"], "sma": { "fast": 3, "slow": 8 } }""");
        string[] Args(double speed) => ["--mode", "Replay", "--db", data.Db, "--datasets", data.Datasets, "--speed", speed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--port", "0", "--job-store", "memory", "--Bot:Engine:ReplayLastBars", "0", "--strategy", strategy, "--Bot:ApiToken", Token];

        DateTimeOffset haltedAfter;
        IReadOnlyList<PersistedOrder> orders;
        IReadOnlyList<PersistedFill> fills;
        using (var first = BotProcess.Start(Args(30)))
        {
            await Waiting.For(() => first.Url is not null && Store(data.Db, s => s.Count("bot_orders")) >= 3, "the first run never placed orders", 120);
            using var http = new HttpClient { BaseAddress = first.Url, Timeout = TimeSpan.FromSeconds(20) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            using var halt = new HttpRequestMessage(HttpMethod.Post, "/api/kill-switch") { Content = new StringContent("{\"reason\":\"crash test halt\"}", Encoding.UTF8, "application/json") };
            halt.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(halt)).StatusCode);
            haltedAfter = Store(data.Db, s => s.ControlEvents().Single().After!.Value);
            // Some steps commit under the halt before the crash, so the restart has halted steps to re-run.
            await Waiting.For(() => Store(data.Db, s => s.Cursor()) >= haltedAfter.AddHours(10), "the halted run stopped stepping", 120);
            first.Kill(); // SIGKILL
        }

        var cursor = Store(data.Db, s => s.Cursor())!.Value;
        orders = Store(data.Db, s => s.Orders());
        fills = Store(data.Db, s => s.Fills());
        var equity = Store(data.Db, s => s.EquityRows());
        var states = Store(data.Db, s => s.TradingStates());
        Assert.All(equity.Where(e => e.Time > haltedAfter), e => Assert.Equal("Halted", e.State));

        using var second = BotProcess.Start(Args(200));
        await Waiting.For(() => second.Url is not null && Store(data.Db, s => s.Cursor()) >= cursor.AddHours(20), "the restarted bot never continued", 120);
        using var http2 = new HttpClient { BaseAddress = second.Url, Timeout = TimeSpan.FromSeconds(20) };
        http2.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token); // every /api/* needs the token once one is set
        var overview = JsonDocument.Parse(await http2.GetStringAsync("/api/overview")).RootElement;
        Assert.Equal("Halted", overview.GetProperty("tradingState").GetString());
        Assert.True(overview.GetProperty("killSwitch").GetBoolean());
        Assert.Equal("crash test halt", overview.GetProperty("killSwitchReason").GetString());
        Assert.DoesNotContain(overview.GetProperty("notices").EnumerateArray(), n => n.GetString()!.Contains("not reproduced", StringComparison.Ordinal)
            || n.GetString()!.Contains("another trading state", StringComparison.Ordinal));

        Assert.Equal(orders, Store(data.Db, s => s.Orders()));
        Assert.Equal(fills, Store(data.Db, s => s.Fills()));
        var after = Store(data.Db, s => s.EquityRows());
        Assert.Equal(equity, after.Take(equity.Count));
        Assert.All(after.Skip(equity.Count), e => Assert.Equal("Halted", e.State));
        var statesAfter = Store(data.Db, s => s.TradingStates());
        foreach (var (time, state) in states) Assert.Equal(state, statesAfter[time]);
    }

    private static T Store<T>(string db, Func<BotStore, T> read)
    {
        if (!File.Exists(db)) return default!;
        using var store = BotStore.Open(db);
        return read(store);
    }
}
