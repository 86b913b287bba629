using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Private;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Private.Kraken;

/// <summary>The Kraken account client against recorded Kraken.Net payloads (expected values read off the files by hand).</summary>
public sealed class KrakenAccountRecordedTests : IAsyncLifetime
{
    private const string Trading = "Kraken/Endpoints/Spot/Trading";
    private const string Account = "Kraken/Endpoints/Spot/Account";
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private IExchangeAccount Client() => PrivateTestAccounts.Create(Exchange.Kraken, _server, new FastForwardTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1688667000)));

    [Fact]
    public async Task BalanceEx_splits_free_and_held()
    {
        _server.MapRecorded(Account, "GetAvailableBalances.txt");
        var b = (await Client().GetBalancesAsync()).Value;

        Assert.Equal([new AssetBalance("USD", 25435.21m - 8249.76m, 8249.76m), new AssetBalance("BTC", 1.2435m - 0.8423m, 0.8423m)], b);
    }

    [Fact]
    public async Task Place_returns_the_txid_and_sends_cl_ord_id_and_deadline()
    {
        _server.MapRecorded(Trading, "PlaceOrder.txt");
        var request = new OrderRequest("cst-0001", Exchange.Kraken, new Symbol("BTC", "USD"), OrderSide.Buy, OrderType.Limit, 2.1234m, 25000.1m);
        var p = (await Client().PlaceOrderAsync(request)).Value;

        Assert.Equal((PlacementState.Placed, "OUF4EM-FRGI2-MQMWZD", OrderStatus.New), (p.State, p.Order!.VenueOrderId, p.Order.Status));
        Assert.Equal("/0/private/AddOrder", _server.Requests.Single());
    }

    [Fact]
    public async Task Open_orders_include_a_partial_fill()
    {
        _server.MapRecorded(Trading, "GetOpenOrders.txt");
        var open = (await Client().GetOpenOrdersAsync(null)).Value;

        var partial = open.Single(o => o.VenueOrderId == "OQCLML-BW3P3-BUCMWZ");
        Assert.Equal((new Symbol("BTC", "USD"), OrderStatus.PartiallyFilled, 1.25m, 0.375m, 30010.0m), (partial.Symbol, partial.Status, partial.Quantity, partial.FilledQuantity, partial.LimitPrice));
        Assert.Equal(OrderStatus.New, open.Single(o => o.VenueOrderId == "OB5VMB-B4U2U-DK2WRW").Status);
    }

    [Fact]
    public async Task Query_by_client_order_id_falls_back_to_closed_orders()
    {
        _server.MapJson("/0/private/OpenOrders", """{"error":[],"result":{"open":{}}}""");
        _server.MapJson("/0/private/ClosedOrders", RecordedPayload.Load(Trading, "GetOrders.txt").Body.Replace("\"result\": {", "\"result\": {\"closed\": {") + "}");
        var o = (await Client().GetOrderAsync(new Symbol("BTC", "USD"), "cst-0002")).Value;

        Assert.Equal(("cst-0002", OrderStatus.Filled, 1.25m), (o.ClientOrderId, o.Status, o.FilledQuantity));
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Unknown_client_order_id_is_typed_unknown_order()
    {
        _server.MapJson("/0/private/OpenOrders", """{"error":[],"result":{"open":{}}}""");
        _server.MapJson("/0/private/ClosedOrders", """{"error":[],"result":{"closed":{},"count":0}}""");
        Assert.Equal(ExchangeErrorKind.UnknownOrder, (await Client().GetOrderAsync(new Symbol("BTC", "USD"), "none")).Error!.Kind);
    }

    [Fact]
    public async Task Trades_history_filters_the_symbol_and_sorts_by_time()
    {
        _server.MapRecorded(Trading, "GetUserTrades.txt");
        var trades = (await Client().GetTradesAsync(new Symbol("BTC", "USD"), DateTimeOffset.FromUnixTimeSeconds(1688667000))).Value;

        Assert.Equal(["TCWJEG-FL4SZ-3FKGH6", "THVRQM-33VKH-UCI7BS"], trades.Select(t => t.TradeId));
        Assert.Equal((0.01m, 30010.00000m, "USD", true, "OQCLML-BW3P3-BUCMWZ"), (trades[0].Quantity, trades[0].Price, trades[0].FeeAsset, trades[0].IsMaker, trades[0].VenueOrderId));
    }

    [Fact]
    public async Task Api_key_info_with_withdraw_funds_is_refused_by_the_guard()
    {
        _server.MapRecorded(Account, "GetApiKeyInfo.txt");
        var account = PrivateTestAccounts.Create(Exchange.Kraken, _server, new FastForwardTimeProvider(DateTimeOffset.UnixEpoch), o => o.GuardPermissions = true);

        var p = (await account.GetKeyPermissionsAsync()).Value;
        Assert.Equal((PermissionState.Granted, PermissionState.Granted), (p.Trade, p.Withdraw));
        var refused = await account.PlaceOrderAsync(new OrderRequest("g-1", Exchange.Kraken, new Symbol("BTC", "USD"), OrderSide.Buy, OrderType.Market, 1m));
        Assert.Equal((ExchangeErrorKind.PermissionDenied, "withdrawal-permission"), (refused.Error!.Kind, refused.Error.Code));
        Assert.Equal(0, _server.CountRequests("/0/private/AddOrder"));
    }

    [Fact]
    public async Task Unknown_method_for_key_info_means_permissions_unknown()
    {
        _server.MapJson("/0/private/GetApiKeyInfo", """{"error":["EGeneral:Unknown method"]}""");
        Assert.Same(KeyPermissions.Unknown, (await Client().GetKeyPermissionsAsync()).Value);
    }

    [Theory]
    [InlineData("EOrder:Insufficient funds", ExchangeErrorKind.InsufficientFunds)]
    [InlineData("EOrder:Order minimum not met", ExchangeErrorKind.MinNotional)]
    [InlineData("EOrder:Invalid price", ExchangeErrorKind.InvalidPrice)]
    [InlineData("EAPI:Rate limit exceeded", ExchangeErrorKind.RateLimited)]
    public async Task Rejects_are_typed(string error, ExchangeErrorKind kind)
    {
        _server.MapJson("/0/private/AddOrder", $$"""{"error":["{{error}}"]}""");
        var p = (await Client().PlaceOrderAsync(new OrderRequest("r-1", Exchange.Kraken, new Symbol("BTC", "USD"), OrderSide.Buy, OrderType.Limit, 1m, 1m))).Value;
        Assert.Equal((PlacementState.NotPlaced, kind, error), (p.State, p.Error!.Kind, p.Error.Message));
    }
}
