using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.Live;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Bot.Tests.Live;

/// <summary>
/// The live venue behind the bot's write-ahead store, against a loopback Binance serving recorded Binance.Net payloads
/// (expected numbers read off the files by hand): a fill, a reject, a partial fill and a lost response resolved by query.
/// </summary>
public sealed class LiveVenueTests : IAsyncLifetime
{
    private const string Trading = "Binance/Endpoints/Spot/Trading";
    private static readonly DateTimeOffset T0 = DateTimeOffset.FromUnixTimeMilliseconds(1499827319559);
    private readonly string _db = Path.Combine(Directory.CreateTempSubdirectory("cst-live-venue-").FullName, "cst.db");
    private LoopbackServer _server = null!;
    private BotStore _store = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _store = BotStore.Open(_db);
    }

    public async Task DisposeAsync()
    {
        _store.Dispose();
        await _server.DisposeAsync();
    }

    private PersistingVenue Venue(TimeProvider? time = null, TimeSpan? httpTimeout = null)
    {
        var clock = time ?? TimeProvider.System;
        var live = new LiveVenue(LiveTestAccounts.Binance(_server, clock, httpTimeout), ExchangeProfiles.Binance, new LiveOptions(), clock);
        return new PersistingVenue(live, _store, new CrashPoints(null));
    }

    private static BarCloseContext Context(Symbol symbol)
    {
        var context = new BarCloseContext(new TradingUniverse(Exchange.Binance, Timeframe.H1, [symbol]));
        context.Reset(T0.AddHours(1));
        return context;
    }

    private static Order Order(string id, Symbol symbol, OrderSide side, decimal qty, decimal limit) =>
        new(new OrderRequest(id, Exchange.Binance, symbol, side, OrderType.Limit, qty, limit), T0);

    private int Posts() => _server.Requests.Count(r => r.StartsWith("/api/v3/order?", StringComparison.Ordinal) && r.Contains("newClientOrderId=", StringComparison.Ordinal));

    [Fact]
    public async Task A_fill_is_booked_trade_by_trade_after_the_intent_was_stored_before_sending()
    {
        var symbol = new Symbol("BTC", "USDT");
        var payload = RecordedPayload.Load(Trading, "PlaceOrder.txt");
        string? statusWhenSent = null;
        _server.Map(payload.Path, async context =>
        {
            using var reader = BotStore.Open(_db);
            statusWhenSent = reader.Orders().SingleOrDefault(o => o.ClientOrderId == "6gCrw2kRUAF9CvJDGP16IP")?.Status;
            await Reply.Json(payload.Body)(context);
        });
        var venue = Venue();
        var order = Order("6gCrw2kRUAF9CvJDGP16IP", symbol, OrderSide.Sell, 10m, 3995m);
        var listener = new RecordingListener();

        var result = await Task.Run(() => venue.Submit(order, 0, T0));
        await Task.Run(() => venue.Synchronize(Context(symbol), listener));

        Assert.True(result.Accepted, result.Error);
        Assert.Equal("intent", statusWhenSent);
        Assert.Equal([(4000m, 1m, 4m), (3999m, 5m, 19.995m), (3998m, 2m, 7.996m), (3997m, 1m, 3.997m), (3995m, 1m, 3.995m)],
            listener.Fills.Select(f => (f.Fill.Price, f.Fill.Quantity, f.Fill.Fee)));
        Assert.Equal(["56", "57", "58", "59", "60"], listener.Fills.Select(f => f.Fill.TradeId));
        Assert.Equal((OrderStatus.Filled, "28", 3998.3m), (order.Status, order.VenueOrderId, order.AverageFillPrice));
        Assert.Equal("Filled", _store.Orders().Single().Status);
        Assert.Equal(5, _store.Fills().Count);
        Assert.Equal(1, Posts());
    }

    [Fact]
    public async Task A_reject_is_a_refused_result_stored_with_the_venue_reason()
    {
        _server.MapJson("/api/v3/order", """{"code":-2010,"msg":"Account has insufficient balance for requested action."}""", 400);
        var venue = Venue();
        var order = Order("rej-1", new Symbol("BTC", "USDT"), OrderSide.Buy, 1m, 10m);

        var result = await Task.Run(() => venue.Submit(order, 0, T0));

        Assert.False(result.Accepted);
        Assert.Equal(ReasonCode.VenueRejected, result.Reason);
        Assert.Contains("InsufficientFunds [-2010]: Account has insufficient balance", result.Error, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Rejected, order.Status);
        Assert.Equal("Rejected", _store.Orders().Single().Status);
        Assert.Contains("insufficient balance", _store.ReasonOf("rej-1"), StringComparison.Ordinal);
        Assert.Equal(1, Posts());
    }

    [Fact]
    public async Task A_partial_fill_is_read_back_by_client_order_id_and_booked_once()
    {
        var symbol = new Symbol("BNB", "BTC");
        _server.Map("/api/v3/order", context => context.Request.Method == "POST"
            ? Reply.Json(BinanceOrder("NEW", "0.00000000", "0.00000000"))(context)
            : Reply.Json(BinanceOrder("PARTIALLY_FILLED", "12.00000000", "48.000012"))(context));
        _server.MapRecorded(Trading, "GetUserTrades.txt"); // trade 28457 of order 100234: 12 BNB @ 4.00000100, fee 10.1 BNB
        var venue = Venue();
        var order = Order("part-1", symbol, OrderSide.Buy, 20m, 4.000001m);
        var listener = new RecordingListener();

        Assert.True((await Task.Run(() => venue.Submit(order, 0, T0))).Accepted);
        for (var close = 0; close < 3; close++) await Task.Run(() => venue.Synchronize(Context(symbol), listener));

        var fill = Assert.Single(listener.Fills).Fill;
        Assert.Equal(("28457", 12m, 4.00000100m, 10.1m, "BNB"), (fill.TradeId, fill.Quantity, fill.Price, fill.Fee, fill.FeeAsset));
        Assert.Equal((OrderStatus.PartiallyFilled, 12m, 8m), (order.Status, order.FilledQuantity, order.RemainingQuantity));
        Assert.Empty(listener.Closed);
        Assert.Equal(("PartiallyFilled", 12m), (_store.Orders().Single().Status, _store.Orders().Single().Filled));
        Assert.Single(_store.Fills());
        Assert.Contains(_server.Requests, r => r.StartsWith("/api/v3/order?", StringComparison.Ordinal) && r.Contains("origClientOrderId=part-1", StringComparison.Ordinal));
        Assert.Equal(1, Posts());
    }

    [Fact]
    public async Task A_lost_response_is_resolved_by_querying_the_client_order_id_never_by_resending()
    {
        var symbol = new Symbol("LTC", "BTC");
        var recorded = RecordedPayload.Load(Trading, "GetOrder.txt"); // myOrder1: LTCBTC BUY LIMIT 1.0 @ 0.1, NEW, orderId 1
        _server.Map("/api/v3/order", context => context.Request.Method == "POST"
            ? Reply.Hang(TimeSpan.FromSeconds(30))(context)
            : Reply.Json(recorded.Body)(context));
        // Real clock: the per-attempt timeout must fire. The durations only bound the test; nothing asserts on them.
        var venue = Venue(TimeProvider.System, TimeSpan.FromMilliseconds(1500));
        var order = Order("myOrder1", symbol, OrderSide.Buy, 1m, 0.1m);

        var result = await Task.Run(() => venue.Submit(order, 0, T0));

        Assert.True(result.Accepted, result.Error);
        Assert.Equal(("1", OrderStatus.New), (order.VenueOrderId, order.Status));
        Assert.Equal(1, Posts());
        Assert.Contains(_server.Requests, r => r.Contains("origClientOrderId=myOrder1", StringComparison.Ordinal));
        Assert.Equal("New", _store.Orders().Single().Status);
    }

    private static string BinanceOrder(string status, string executed, string quote) => $$"""
        {"symbol":"BNBBTC","orderId":100234,"orderListId":-1,"clientOrderId":"part-1","transactTime":1499865549000,"time":1499865549000,
         "price":"4.00000100","origQty":"20.00000000","executedQty":"{{executed}}","cummulativeQuoteQty":"{{quote}}","status":"{{status}}",
         "timeInForce":"GTC","type":"LIMIT","side":"BUY","fills":[]}
        """;
}
