using CryptoSmartTrader.Bot.Cluster;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Core.Orders;
using Npgsql;

namespace CryptoSmartTrader.Bot.Tests.Cluster;

/// <summary>The shared PostgreSQL store of cluster mode: its migrations, the same rows as SQLite, and the lease's fencing.</summary>
public sealed class PostgresBotStoreTests
{
    private static readonly DateTimeOffset T = new(2024, 1, 1, 1, 0, 0, TimeSpan.Zero);
    private static readonly Symbol Btc = Symbol.Parse("BTC/USDT");

    [Fact]
    public async Task Nodes_migrating_at_once_apply_each_version_once_and_reopening_keeps_the_rows()
    {
        await using var pg = await PostgresServer.StartAsync();
        var opened = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => BotStore.OpenPostgres(pg.ConnectionString))));
        opened[0].InsertAlert(T, "Warning", "OrderReject", "x");
        foreach (var s in opened) s.Dispose();

        using var again = BotStore.OpenPostgres(pg.ConnectionString);
        Assert.Equal(1, again.Count("bot_alerts"));
        Assert.Equal(PostgresBackend.Latest, again.Count("bot_schema_version"));
        Assert.Null(again.Cursor());
    }

    [Fact]
    public async Task Orders_fills_and_steps_round_trip_exactly_and_replays_write_nothing_twice()
    {
        await using var pg = await PostgresServer.StartAsync();
        using var store = BotStore.OpenPostgres(pg.ConnectionString);
        var order = new Order(new OrderRequest("cst-1", Exchange.Binance, Btc, OrderSide.Buy, OrderType.Market, 0.5m), T);
        var fill = new Fill("cst-1", Btc, OrderSide.Buy, 0.5m, 42_000.123456789m, 0.021m, "USDT", T);
        for (var i = 0; i < 3; i++)
        {
            store.InsertOrderIntent(order, T);
            store.InsertFill(fill, 1);
        }

        store.CommitStep(new StepRecord(T, 10_000.01m, 9_000.000000001m, "Active", "Normal", [("BTC/USDT", 0.1m, 10_000m)], [("USDT", 9_000.000000001m)], [], []));
        var row = Assert.Single(store.Orders());
        Assert.Equal(("cst-1", "intent", 0.5m, T.ToUnixTimeMilliseconds()), (row.ClientOrderId, row.Status, row.Quantity, row.CreatedMs));
        var f = Assert.Single(store.Fills());
        Assert.Equal((0.5m, 42_000.123456789m, 0.021m), (f.Quantity, f.Price, f.Fee));
        Assert.Equal(T, store.Cursor());
        Assert.Equal(9_000.000000001m, store.Balances()["USDT"]);
        Assert.Equal(0.1m, store.Positions()["BTC/USDT"]);
    }

    [Fact]
    public async Task A_node_whose_lease_went_to_another_can_write_no_order_intent()
    {
        await using var pg = await PostgresServer.StartAsync();
        using var store = BotStore.OpenPostgres(pg.ConnectionString);
        // n1's lease is short so that it expires within the test; n2's is long so that a slow machine cannot expire it before n2's
        // own write at the end (CI under load did: a 1-s lease taken, then a write refused as fenced).
        var n1 = new TradingLease(pg.ConnectionString, new ClusterOptions { LeaseSeconds = 1 }, "n1");
        var n2 = new TradingLease(pg.ConnectionString, new ClusterOptions { LeaseSeconds = 120 }, "n2");
        var first = await n1.TryAcquireAsync(CancellationToken.None);
        Assert.NotNull(first);
        Assert.Null(await n2.TryAcquireAsync(CancellationToken.None));

        store.Fence = first;
        store.InsertOrderIntent(new Order(new OrderRequest("cst-a", Exchange.Binance, Btc, OrderSide.Buy, OrderType.Market, 1m), T), T);

        // n1 stops renewing (a crash, a partition): once the database says the lease expired, n2 takes it with a newer token.
        LeaseFence? second = null;
        await Replay.Waiting.For(async () => (second = await n2.TryAcquireAsync(CancellationToken.None)) is not null, "n2 never got the expired lease", 30);
        Assert.True(second!.Token > first!.Token);
        Assert.False(await n1.RenewAsync(first, CancellationToken.None));

        var late = new Order(new OrderRequest("cst-b", Exchange.Binance, Btc, OrderSide.Buy, OrderType.Market, 1m), T.AddHours(1));
        var refused = Assert.Throws<FencedOutException>(() => store.InsertOrderIntent(late, T.AddHours(1)));
        Assert.Contains("n1", refused.Message, StringComparison.Ordinal);
        Assert.Throws<FencedOutException>(() => store.CommitStep(new StepRecord(T.AddHours(1), 1m, 1m, "Active", "Normal", [], [("USDT", 1m)], [], [])));
        Assert.Equal(["cst-a"], store.Orders().Select(o => o.ClientOrderId));
        Assert.Null(store.Cursor());

        store.Fence = second;
        store.InsertOrderIntent(late, T.AddHours(1));
        Assert.Equal(["cst-a", "cst-b"], store.Orders().Select(o => o.ClientOrderId));
    }

    [Fact]
    public async Task Job_runs_and_alerts_in_the_shared_store_name_the_node_that_wrote_them()
    {
        await using var pg = await PostgresServer.StartAsync();
        using var a = new BotRuntime(new BotOptions { ClusterConnectionString = pg.ConnectionString, NodeId = "node-a" });
        using var b = new BotRuntime(new BotOptions { ClusterConnectionString = pg.ConnectionString, NodeId = "node-b" });
        a.OpenStore("unused.db").InsertJobRun("data-health", T, true, "ok");
        b.OpenStore("unused.db").InsertJobRun("data-health", T.AddMinutes(5), false, "stale candles");
        b.OpenStore("unused.db").InsertAlert(T.AddMinutes(5), "Warning", "DataStale", "BTC/USDT stale");

        await using var db = new NpgsqlConnection(pg.ConnectionString);
        await db.OpenAsync();
        Assert.Equal([("node-a", "ok"), ("node-b", "stale candles")], await Rows(db, "SELECT node, outcome FROM bot_job_runs ORDER BY started_ms"));
        Assert.Equal([("node-b", "BTC/USDT stale")], await Rows(db, "SELECT node, message FROM bot_alerts"));
        NpgsqlConnection.ClearAllPools();
    }

    private static async Task<List<(string, string)>> Rows(NpgsqlConnection db, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, db);
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<(string, string)>();
        while (await reader.ReadAsync()) rows.Add((reader.GetString(0), reader.GetString(1)));
        return rows;
    }
}
