using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;

namespace CryptoSmartTrader.Bot.Tests.Persistence;

public sealed class BotStoreTests
{
    private static string NewDb() => Path.Combine(Directory.CreateTempSubdirectory("cst-botstore-").FullName, "cst.db");

    [Fact]
    public void Migrations_apply_once_and_reopening_keeps_the_rows()
    {
        var db = NewDb();
        var t = new DateTimeOffset(2024, 1, 1, 1, 0, 0, TimeSpan.Zero);
        using (var store = BotStore.Open(db))
        {
            store.InsertAlert(t, "Warning", "OrderReject", "x");
        }

        using var again = BotStore.Open(db);
        Assert.Equal(1, again.Count("bot_alerts"));
        Assert.Equal(BotMigrations.Latest, again.Count("bot_schema_version"));
        Assert.Null(again.Cursor());
    }

    [Fact]
    public void Order_intents_and_fills_are_written_once_however_often_they_are_replayed()
    {
        using var store = BotStore.Open(NewDb());
        var t = new DateTimeOffset(2024, 1, 1, 1, 0, 0, TimeSpan.Zero);
        var symbol = Symbol.Parse("BTC/USDT");
        var order = new Order(new OrderRequest("cst-1", Exchange.Binance, symbol, OrderSide.Buy, OrderType.Market, 0.5m), t);
        var fill = new Fill("cst-1", symbol, OrderSide.Buy, 0.5m, 42_000.1m, 0.021m, "USDT", t);
        for (var i = 0; i < 3; i++)
        {
            store.InsertOrderIntent(order, t);
            store.InsertFill(fill, 1);
        }

        var row = Assert.Single(store.Orders());
        Assert.Equal(("cst-1", "intent", 0.5m), (row.ClientOrderId, row.Status, row.Quantity));
        var f = Assert.Single(store.Fills());
        Assert.Equal((0.5m, 42_000.1m, 0.021m), (f.Quantity, f.Price, f.Fee));
    }

    [Fact]
    public void A_committed_step_moves_the_cursor_and_replaces_the_snapshot()
    {
        using var store = BotStore.Open(NewDb());
        var t = new DateTimeOffset(2024, 1, 1, 1, 0, 0, TimeSpan.Zero);
        store.CommitStep(new StepRecord(t, 10_000m, 9_000m, "Active", "Normal", [("BTC/USDT", 0.1m, 10_000m)], [("USDT", 9_000m)], [], []));
        store.CommitStep(new StepRecord(t.AddHours(1), 10_010m, 10_010m, "Active", "Normal", [], [("USDT", 10_010m)], [], []));
        Assert.Equal(t.AddHours(1), store.Cursor());
        Assert.Empty(store.Positions());
        Assert.Equal(10_010m, store.Balances()["USDT"]);
        Assert.Equal(2, store.Count("bot_equity"));
    }
}
