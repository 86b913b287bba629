using System.Text.Json;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Bot.Tests.Replay;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using CryptoSmartTrader.TestKit.Datasets;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoSmartTrader.Bot.Tests.Live;

/// <summary>
/// Paper mode on live candles (loopback Binance serving the real shared BTC/USDT 1h file), stopped while trading and
/// restarted on the same store hours later: the paper venue is rebuilt from the stored candles exactly as it stood at the
/// cursor, no order is lost or issued twice, and the bars that closed while the bot was down are stepped in order.
/// </summary>
public sealed class LiveRestartTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2024, 3, 1, 0, 30, 0, TimeSpan.Zero);
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-live-restart-").FullName;
    private LoopbackServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        File.WriteAllText(Strategy, """{"symbols": ["BTC/USDT"], "sma": {"fast": 2, "slow": 5}}""");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private string Strategy => Path.Combine(_dir, "strategy.json");
    private string Db => Path.Combine(_dir, "cst.db");

    private Task<RunningBot> StartBot(DateTimeOffset at) => RunningBot.StartAsync(
        ["--mode", "Paper", "--db", Db, "--strategy", Strategy, "--Bot:MarketData:RestBaseUrl", _server.BaseUrl.ToString(), "--Bot:MarketData:Source", "Auto",
            "--Bot:MarketData:SettleDelay", "00:00:00", "--Bot:MarketData:WarmupBars", "50"],
        s => s.AddSingleton<TimeProvider>(new JumpingTimeProvider(at, TimeSpan.FromMinutes(10))));

    private static (Dictionary<string, decimal> Cash, Dictionary<string, decimal> Positions, List<string> Working) StateOf(BotSession session)
    {
        lock (session.Gate)
        {
            var k = session.Kernel;
            return (k.Portfolio.Cash.ToDictionary(), k.Portfolio.Positions.ToDictionary(p => p.Symbol.ToString(), p => p.Quantity),
                k.OpenOrders.Select(o => o.ClientOrderId).Order(StringComparer.Ordinal).ToList());
        }
    }

    private List<DateTimeOffset> StoredEquityTimes()
    {
        using var db = new SqliteConnection($"Data Source={Db};Pooling=False");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT time_ms FROM bot_equity ORDER BY time_ms";
        using var r = cmd.ExecuteReader();
        var list = new List<DateTimeOffset>();
        while (r.Read()) list.Add(DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(0)));
        return list;
    }

    [Fact]
    public async Task A_restart_rebuilds_the_paper_venue_from_the_stored_live_candles_and_catches_up_on_the_bars_it_missed()
    {
        var exchange = new LoopbackBinance(_server);
        var first = await StartBot(Start);
        BotSession before;
        try
        {
            await Waiting.For(async () => JsonDocument.Parse(await first.Http.GetStringAsync("/api/overview")).RootElement.GetProperty("fills").GetInt64() >= 2
                && first.Services.GetRequiredService<BotRuntime>().Session?.LastClose >= Start.AddHours(12), "paper mode never traded on live candles");
            before = first.Services.GetRequiredService<BotRuntime>().Session!;
        }
        finally
        {
            await first.DisposeAsync(); // the paper venue lived in memory only: everything it knew is gone with the host
        }

        DateTimeOffset cursor;
        IReadOnlyList<PersistedOrder> ordersBefore;
        using (var store = BotStore.Open(Db))
        {
            cursor = store.Cursor()!.Value;
            ordersBefore = store.Orders();
        }

        Assert.Equal(cursor, before.LastClose); // the last step the first run made is the one it committed
        var expected = StateOf(before);
        Assert.NotEmpty(ordersBefore);

        var down = cursor.AddHours(3).AddMinutes(30); // closes cursor+1h..+3h happen while the bot is down
        await using var second = await StartBot(down);
        var engine = second.Services.GetRequiredService<BotRuntime>();
        var recovery = second.Services.GetRequiredService<CrashRecovery>();
        await Waiting.For(() => engine.Session?.LastClose >= cursor.AddHours(5), "the restarted bot never continued on live candles");

        var recovered = recovery.Recovered;
        Assert.NotNull(recovered);
        Assert.Equal(cursor, recovered.Cursor);
        Assert.Equal(expected.Cash, recovered.Cash);
        Assert.Equal(expected.Positions, recovered.Positions);
        Assert.Equal(expected.Working, recovered.WorkingOrders);
        var notices = JsonDocument.Parse(await second.Http.GetStringAsync("/api/overview")).RootElement.GetProperty("notices").EnumerateArray().Select(n => n.GetString()!).ToList();
        Assert.Contains(notices, n => n.Contains("restarted from the store", StringComparison.Ordinal) && n.Contains(" 0 unmatched", StringComparison.Ordinal));

        using (var store = BotStore.Open(Db))
        {
            var after = store.Orders();
            var c = cursor.ToUnixTimeMilliseconds();
            // Nothing from the first run lost, and nothing it decided re-issued under another id.
            Assert.Equal(ordersBefore.Select(o => o.ClientOrderId), after.Where(o => o.CreatedMs <= c).Select(o => o.ClientOrderId));
            var prefix = ordersBefore[0].ClientOrderId.Split('-')[0];
            Assert.All(after, o => Assert.StartsWith(prefix + "-", o.ClientOrderId, StringComparison.Ordinal));
        }

        var times = StoredEquityTimes();
        Assert.Equal(times.Distinct().Count(), times.Count);
        Assert.All(times.Zip(times.Skip(1)), p => Assert.Equal(TimeSpan.FromHours(1), p.Second - p.First)); // the missed closes were stepped, none skipped
        Assert.Contains(cursor.AddHours(1), times);
        Assert.Equal(0, exchange.Posts);

        // The consumed candles are in the market-data store too, as the exchange (the shared file) gave them.
        using var market = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = Db });
        var stored = await market.LoadAsync(Exchange.Binance, new Symbol("BTC", "USDT"), Timeframe.H1);
        var file = SharedCandles.BinanceHourly("BTC").AsEnumerable().ToDictionary(x => x.OpenTime);
        var atCursor = stored.AsEnumerable().Single(x => x.CloseTime == cursor);
        Assert.Equal(file[atCursor.OpenTime], atCursor);
        Assert.Contains(stored.AsEnumerable(), x => x.CloseTime == cursor.AddHours(2));
    }

    private List<string> Snapshots(DateTimeOffset after, DateTimeOffset upTo)
    {
        using var db = new SqliteConnection($"Data Source={Db};Pooling=False");
        db.Open();
        using var cmd = db.CreateCommand();
        var (a, u) = (after.ToUnixTimeMilliseconds(), upTo.ToUnixTimeMilliseconds());
        cmd.CommandText = $"SELECT time_ms || ' ' || equity || ' ' || cash || ' ' || trading_state FROM bot_equity WHERE time_ms > {a} AND time_ms <= {u} " +
                          $"UNION ALL SELECT time_ms || ' ' || action || ' ' || reason_code || ' ' || COALESCE(client_order_id, '') FROM bot_decisions WHERE time_ms > {a} AND time_ms <= {u} ORDER BY 1";
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        Assert.NotEmpty(list);
        return list;
    }

    // What a kill -9 between writing a step's order intents and fills and committing the step leaves behind: the step's
    // orders and fills stored, its cursor, snapshot and decisions not.
    private void CutBackTo(DateTimeOffset cursor)
    {
        var c = cursor.ToUnixTimeMilliseconds();
        using var db = new SqliteConnection($"Data Source={Db};Pooling=False");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"UPDATE bot_state SET value = '{c}' WHERE key = 'cursor_ms'; DELETE FROM bot_decisions WHERE time_ms > {c}; " +
                          $"DELETE FROM bot_equity WHERE time_ms > {c}; DELETE FROM bot_predictions WHERE time_ms > {c};";
        cmd.ExecuteNonQuery();
    }

    [Fact]
    public async Task A_step_interrupted_after_its_orders_were_stored_is_re_run_with_the_same_order_ids_and_the_same_fills()
    {
        var exchange = new LoopbackBinance(_server);
        var first = await StartBot(Start);
        try
        {
            await Waiting.For(async () => JsonDocument.Parse(await first.Http.GetStringAsync("/api/overview")).RootElement.GetProperty("fills").GetInt64() >= 3
                && first.Services.GetRequiredService<BotRuntime>().Session?.LastClose >= Start.AddHours(12), "paper mode never traded on live candles");
        }
        finally
        {
            await first.DisposeAsync();
        }

        IReadOnlyList<PersistedOrder> ordersBefore;
        IReadOnlyList<PersistedFill> fillsBefore;
        DateTimeOffset end;
        using (var store = BotStore.Open(Db))
        {
            end = store.Cursor()!.Value;
            ordersBefore = store.Orders();
            fillsBefore = store.Fills();
        }

        var lastOrderStep = DateTimeOffset.FromUnixTimeMilliseconds(ordersBefore.Max(o => o.CreatedMs));
        var snapshotsBefore = Snapshots(lastOrderStep.AddHours(-1), end);
        CutBackTo(lastOrderStep.AddHours(-1));

        await using var second = await StartBot(end.AddMinutes(30));
        var engine = second.Services.GetRequiredService<BotRuntime>();
        var recovery = second.Services.GetRequiredService<CrashRecovery>();
        await Waiting.For(() => engine.Session?.LastClose >= end.AddHours(2), "the restarted bot never got past the interrupted steps");
        Assert.Equal(lastOrderStep.AddHours(-1), recovery.Recovered!.Cursor);
        var notices = JsonDocument.Parse(await second.Http.GetStringAsync("/api/overview")).RootElement.GetProperty("notices").EnumerateArray().Select(n => n.GetString()!).ToList();
        Assert.Contains(notices, n => n.Contains("restarted from the store", StringComparison.Ordinal) && n.Contains("from the interrupted step will be re-run, 0 unmatched", StringComparison.Ordinal));

        // The re-run steps committed the same equity, cash, trading state and decisions as the first run did.
        Assert.Equal(snapshotsBefore, Snapshots(lastOrderStep.AddHours(-1), end));
        using var after = BotStore.Open(Db);
        var e = end.ToUnixTimeMilliseconds();
        Assert.Equal(ordersBefore.Select(o => o.ClientOrderId), after.Orders().Where(o => o.CreatedMs <= e).Select(o => o.ClientOrderId));
        var fillsAfter = after.Fills();
        Assert.Equal(fillsBefore, fillsAfter.Take(fillsBefore.Count));
        Assert.Equal(fillsAfter.Count, fillsAfter.Select(f => (f.ClientOrderId, f.Seq)).Distinct().Count());
        Assert.Equal(0, exchange.Posts);
    }
}
