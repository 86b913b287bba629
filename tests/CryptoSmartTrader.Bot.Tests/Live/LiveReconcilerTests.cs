using CryptoSmartTrader.Bot.Live;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

namespace CryptoSmartTrader.Bot.Tests.Live;

/// <summary>Start-up reconciliation against recorded Binance payloads: stored orders are looked up by client order id, never resent.</summary>
public sealed class LiveReconcilerTests : IAsyncLifetime
{
    private const string Trading = "Binance/Endpoints/Spot/Trading";
    private readonly string _db = Path.Combine(Directory.CreateTempSubdirectory("cst-live-reconcile-").FullName, "cst.db");
    private LoopbackServer _server = null!;
    private BotStore _store = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _store = BotStore.Open(_db);
        _server.MapRecorded("Binance/Endpoints/Spot/Account", "GetAccountInfo.txt"); // BTC 4723846.89208129 free, LTC 4763368.68006011 free
        _server.MapRecorded(Trading, "GetOpenOrders.txt"); // one open order: myOrder1
        var known = RecordedPayload.Load(Trading, "GetOrder.txt"); // myOrder1 NEW
        var canceled = RecordedPayload.Load(Trading, "CancelOrder.txt"); // myOrder1 CANCELED
        _server.Map("/api/v3/order", context =>
            context.Request.Query["origClientOrderId"] != "myOrder1" ? Reply.Json("""{"code":-2013,"msg":"Order does not exist."}""", 400)(context)
            : context.Request.Method == "DELETE" ? Reply.Json(canceled.Body)(context)
            : Reply.Json(known.Body)(context));
    }

    public async Task DisposeAsync()
    {
        _store.Dispose();
        await _server.DisposeAsync();
    }

    private void StoreIntent(string id, DateTimeOffset at) =>
        _store.InsertOrderIntent(new Order(new OrderRequest(id, Exchange.Binance, new Symbol("LTC", "BTC"), OrderSide.Buy, OrderType.Limit, 1m, 0.1m), at), at);

    private Task<LiveReconciliation> Run() => new LiveReconciler(LiveTestAccounts.Binance(_server, TimeProvider.System), _store, new LiveOptions(), TimeProvider.System)
        .RunAsync([new Symbol("LTC", "BTC")], "BTC", CancellationToken.None);

    [Fact]
    public async Task A_working_stored_order_is_canceled_and_an_unknown_old_one_is_marked_never_placed()
    {
        var longAgo = DateTimeOffset.UtcNow.AddHours(-2);
        StoreIntent("myOrder1", longAgo);
        StoreIntent("lost-1", longAgo);

        var r = await Run();

        Assert.True(r.Ready, r.Outcome);
        Assert.Equal(4723846.89208129m, r.Cash);
        var status = _store.Orders().ToDictionary(o => o.ClientOrderId, o => o.Status);
        Assert.Equal(("Canceled", "NotPlaced"), (status["myOrder1"], status["lost-1"]));
        Assert.Contains("1 stored orders canceled", r.Outcome, StringComparison.Ordinal);
        Assert.Contains("1 never placed", r.Outcome, StringComparison.Ordinal);
        Assert.Contains("0 open orders not placed by this bot", r.Outcome, StringComparison.Ordinal);
        Assert.DoesNotContain(_server.Requests, r => r.Contains("newClientOrderId=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_recent_order_the_venue_does_not_know_yet_holds_trading_back()
    {
        StoreIntent("just-sent", DateTimeOffset.UtcNow);
        var r = await Run();
        Assert.False(r.Ready);
        Assert.Contains("waiting for the venue to settle just-sent (UnknownOrder)", r.Outcome, StringComparison.Ordinal);
        Assert.Equal("intent", _store.Orders().Single().Status);
        Assert.Contains("1 open orders not placed by this bot", r.Outcome, StringComparison.Ordinal);
    }
}
