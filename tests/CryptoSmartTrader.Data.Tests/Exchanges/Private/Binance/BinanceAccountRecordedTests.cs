using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Private;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Private.Binance;

/// <summary>The Binance account client against recorded Binance.Net payloads (expected values read off the files by hand).</summary>
public sealed class BinanceAccountRecordedTests : IAsyncLifetime
{
    private const string Trading = "Binance/Endpoints/Spot/Trading";
    private const string Account = "Binance/Endpoints/Spot/Account";
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private IExchangeAccount Client() => PrivateTestAccounts.Create(Exchange.Binance, _server, new FastForwardTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(1499827319559)));

    [Fact]
    public async Task Balances_read_free_and_locked()
    {
        _server.MapRecorded(Account, "GetAccountInfo.txt");
        var balances = (await Client().GetBalancesAsync()).Value;

        Assert.Equal([new AssetBalance("BTC", 4723846.89208129m, 0m), new AssetBalance("LTC", 4763368.68006011m, 0m)], balances);
    }

    [Fact]
    public async Task Place_sends_our_client_order_id_signed_and_reads_the_full_fills()
    {
        _server.MapRecorded(Trading, "PlaceOrder.txt");
        var request = new OrderRequest("6gCrw2kRUAF9CvJDGP16IP", Exchange.Binance, new Symbol("BTC", "USDT"), OrderSide.Sell, OrderType.Limit, 10m, 3995m);
        var placement = (await Client().PlaceOrderAsync(request)).Value;

        Assert.Equal(PlacementState.Placed, placement.State);
        var o = placement.Order!;
        Assert.Equal(("28", OrderStatus.Filled, 10m, 10m), (o.VenueOrderId, o.Status, o.Quantity, o.FilledQuantity));
        Assert.Equal(5, o.Fills!.Count);
        Assert.Equal(("56", 4000m, 1m, 4m, "USDT"), (o.Fills[0].TradeId, o.Fills[0].Price, o.Fills[0].Quantity, o.Fills[0].Fee, o.Fills[0].FeeAsset));
        var sent = _server.Requests.Single();
        Assert.StartsWith("/api/v3/order?symbol=BTCUSDT&side=SELL&type=LIMIT&quantity=10&newClientOrderId=6gCrw2kRUAF9CvJDGP16IP", sent);
        Assert.Contains("&timestamp=1499827319559&signature=", sent);
    }

    [Fact]
    public async Task Query_by_client_order_id_reads_a_new_limit_order()
    {
        _server.MapRecorded(Trading, "GetOrder.txt");
        var o = (await Client().GetOrderAsync(new Symbol("LTC", "BTC"), "myOrder1")).Value;

        Assert.Equal(("myOrder1", "1", OrderSide.Buy, OrderType.Limit, OrderStatus.New), (o.ClientOrderId, o.VenueOrderId, o.Side, o.Type, o.Status));
        Assert.Equal((1.0m, 0m, 0.1m), (o.Quantity, o.FilledQuantity, o.LimitPrice));
        Assert.Contains("origClientOrderId=myOrder1", _server.Requests.Single());
    }

    [Fact]
    public async Task Partial_fill_reports_filled_quantity_and_average_price()
    {
        _server.MapJson("/api/v3/order", """
            {"symbol":"LTCBTC","orderId":7,"orderListId":-1,"clientOrderId":"part-1","price":"0.1","origQty":"2.0","executedQty":"0.5",
             "cummulativeQuoteQty":"0.049","status":"PARTIALLY_FILLED","timeInForce":"GTC","type":"LIMIT","side":"BUY","time":1499827319559}
            """);
        var o = (await Client().GetOrderAsync(new Symbol("LTC", "BTC"), "part-1")).Value;

        Assert.Equal((OrderStatus.PartiallyFilled, 0.5m, 1.5m, 0.098m), (o.Status, o.FilledQuantity, o.RemainingQuantity, o.AverageFillPrice));
    }

    [Fact]
    public async Task Cancel_reports_our_original_client_order_id()
    {
        _server.MapRecorded(Trading, "CancelOrder.txt");
        var o = (await Client().CancelOrderAsync(new Symbol("LTC", "BTC"), "myOrder1")).Value;

        Assert.Equal(("myOrder1", OrderStatus.Canceled), (o.ClientOrderId, o.Status));
    }

    [Fact]
    public async Task Open_orders_and_user_trades()
    {
        _server.MapRecorded(Trading, "GetOpenOrders.txt");
        _server.MapRecorded(Trading, "GetUserTrades.txt");
        var client = Client();

        var open = Assert.Single((await client.GetOpenOrdersAsync(new Symbol("LTC", "BTC"))).Value);
        Assert.Equal("myOrder1", open.ClientOrderId);
        var t = Assert.Single((await client.GetTradesAsync(new Symbol("BNB", "BTC"), DateTimeOffset.UnixEpoch)).Value);
        Assert.Equal(("28457", "100234", OrderSide.Buy, 12m, 4.00000100m, 10.1m, "BNB", false), (t.TradeId, t.VenueOrderId, t.Side, t.Quantity, t.Price, t.Fee, t.FeeAsset, t.IsMaker));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1499865549590), t.Time);
    }

    [Fact]
    public async Task Api_restrictions_report_withdrawal_disabled()
    {
        _server.MapRecorded(Account, "GetAPIKeyPermissions.txt");
        var p = (await Client().GetKeyPermissionsAsync()).Value;

        Assert.Equal((PermissionState.Denied, PermissionState.Denied), (p.Trade, p.Withdraw));
        Assert.Contains("enableReading", p.VenuePermissions);
    }

    [Theory]
    [InlineData(-2010, "Account has insufficient balance for requested action.", ExchangeErrorKind.InsufficientFunds)]
    [InlineData(-1013, "Filter failure: NOTIONAL", ExchangeErrorKind.MinNotional)]
    [InlineData(-1013, "Filter failure: PRICE_FILTER", ExchangeErrorKind.InvalidPrice)]
    [InlineData(-1003, "Too much request weight used; current limit is 6000 request weight per 1 MINUTE.", ExchangeErrorKind.RateLimited)]
    public async Task Rejects_are_typed_not_placed_and_carry_the_venue_code(int code, string msg, ExchangeErrorKind kind)
    {
        _server.MapJson("/api/v3/order", $$"""{"code":{{code}},"msg":"{{msg}}"}""", 400);
        var request = new OrderRequest("rej-1", Exchange.Binance, new Symbol("BTC", "USDT"), OrderSide.Buy, OrderType.Limit, 1m, 10m);
        var placement = (await Client().PlaceOrderAsync(request)).Value;

        Assert.Equal(PlacementState.NotPlaced, placement.State);
        Assert.Equal((kind, code.ToString(System.Globalization.CultureInfo.InvariantCulture), msg), (placement.Error!.Kind, placement.Error.Code, placement.Error.Message));
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Unknown_order_on_query_is_typed()
    {
        _server.MapJson("/api/v3/order", """{"code":-2013,"msg":"Order does not exist."}""", 400);
        var e = (await Client().GetOrderAsync(new Symbol("BTC", "USDT"), "nope")).Error!;
        Assert.Equal((ExchangeErrorKind.UnknownOrder, "-2013"), (e.Kind, e.Code));
    }
}
