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
}
