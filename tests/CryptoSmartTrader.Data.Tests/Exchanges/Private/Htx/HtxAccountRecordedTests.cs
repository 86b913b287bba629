using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Exchanges.Private;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Private.Htx;

public sealed class HtxAccountRecordedTests : IAsyncLifetime
{
    private const string Trading = "HTX/Endpoints/Spot/Trading";
    private const string Account = "HTX/Endpoints/Spot/Account";
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private IExchangeAccount Client() => PrivateTestAccounts.Create(Exchange.Htx, _server, new FastForwardTimeProvider(DateTimeOffset.UnixEpoch));

    [Fact]
    public async Task Balances_merge_trade_and_frozen_rows()
    {
        _server.MapRecorded(Account, "GetAccounts.txt");
        _server.MapJson("/v1/account/accounts/10000001/balance", RecordedPayload.Load(Account, "GetBalances.txt").Body);
        var b = (await Client().GetBalancesAsync()).Value;

        Assert.Equal(new AssetBalance("USDT", 91.850043797676510303m, 5.160000000000000015m), b.Single(x => x.Asset == "USDT"));
        Assert.Contains("Signature=", _server.Requests.Last());
    }

    [Fact]
    public async Task Client_order_query_open_orders_and_trades()
    {
        _server.MapRecorded(Trading, "GetOrderByClientOrderId.txt");
        _server.MapRecorded(Trading, "GetUserTrades.txt");
        var client = Client();

        var o = (await client.GetOrderAsync(new Symbol("ADA", "USDT"), "23456")).Value;
        Assert.Equal(("23456", "357632718898331", OrderSide.Buy, OrderStatus.New, 5m), (o.ClientOrderId, o.VenueOrderId, o.Side, o.Status, o.Quantity));
        Assert.Contains("clientOrderId=23456", _server.Requests.First());
        var t = Assert.Single((await client.GetTradesAsync(new Symbol("POLY", "USDT"), DateTimeOffset.UnixEpoch)).Value);
        Assert.Equal(("1085", "345487249132375", 147.928994082840236m, "POLY"), (t.TradeId, t.VenueOrderId, t.Quantity, t.FeeAsset));
    }

    [Fact]
    public async Task Permissions_of_our_key_only()
    {
        _server.MapJson("/v2/user/uid", """{"code":200,"data":1234}""");
        var body = RecordedPayload.Load(Account, "GetApiKeyInfo.txt").Body.Replace("5000d371-edXXXXf5tf-40XXXX8b-ab8e5", PrivateTestAccounts.PlantedKey);
        _server.MapJson("/v2/user/api-key", body);
        var p = (await Client().GetKeyPermissionsAsync()).Value;

        Assert.Equal((PermissionState.Granted, PermissionState.Granted), (p.Trade, p.Withdraw));
    }

    [Fact]
    public async Task Place_posts_the_client_order_id_in_the_json_body()
    {
        string? body = null;
        _server.MapRecorded(Account, "GetAccounts.txt");
        _server.Map("/v1/order/orders/place", async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            body = await reader.ReadToEndAsync();
            await Reply.Json(RecordedPayload.Load(Trading, "PlaceOrder.txt").Body)(context);
        });
        var p = (await Client().PlaceOrderAsync(new OrderRequest("h-1", Exchange.Htx, new Symbol("ADA", "USDT"), OrderSide.Buy, OrderType.Limit, 5m, 1m))).Value;

        Assert.Equal((PlacementState.Placed, "356501383558845"), (p.State, p.Order!.VenueOrderId));
        Assert.Contains("\"client-order-id\":\"h-1\"", body);
        Assert.Contains("\"type\":\"buy-limit\"", body);
        Assert.Contains("\"account-id\":\"10000001\"", body);
    }

    [Theory]
    [InlineData("account-frozen-balance-insufficient-error", Data.Exchanges.ExchangeErrorKind.InsufficientFunds)]
    [InlineData("order-value-min-error", Data.Exchanges.ExchangeErrorKind.MinNotional)]
    [InlineData("order-orderprice-precision-error", Data.Exchanges.ExchangeErrorKind.InvalidPrice)]
    public async Task Rejects_are_typed(string code, Data.Exchanges.ExchangeErrorKind kind)
    {
        _server.MapRecorded(Account, "GetAccounts.txt");
        _server.MapJson("/v1/order/orders/place", $$"""{"status":"error","err-code":"{{code}}","err-msg":"rejected: {{code}}","data":null}""");
        var p = (await Client().PlaceOrderAsync(new OrderRequest("h-2", Exchange.Htx, new Symbol("ADA", "USDT"), OrderSide.Buy, OrderType.Limit, 5m, 1m))).Value;

        Assert.Equal((PlacementState.NotPlaced, kind, code), (p.State, p.Error!.Kind, p.Error.Code));
    }
}
