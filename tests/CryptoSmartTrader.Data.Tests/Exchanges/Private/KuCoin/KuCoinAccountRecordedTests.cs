using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Exchanges.Private;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Private.KuCoin;

public sealed class KuCoinAccountRecordedTests : IAsyncLifetime
{
    private const string Trading = "Kucoin/Endpoints/Spot/Trading";
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private IExchangeAccount Client() => PrivateTestAccounts.Create(Exchange.KuCoin, _server, new FastForwardTimeProvider(DateTimeOffset.UnixEpoch));

    [Fact]
    public async Task Trade_account_balances_only()
    {
        _server.MapRecorded("Kucoin/Endpoints/Spot/Account", "GetAccounts.txt");
        Assert.Equal([new AssetBalance("BTC", 1234356m, 0m)], (await Client().GetBalancesAsync()).Value);
    }

    [Fact]
    public async Task Query_by_client_oid_place_and_fills()
    {
        var q = RecordedPayload.Load(Trading, "GetOrderByClientOrderId.txt");
        _server.MapJson("/api/v1/order/client-order/6d539dc614db312", q.Body);
        _server.MapRecorded(Trading, "PlaceOrder.txt");
        _server.MapRecorded(Trading, "GetUserTrades.txt");
        var client = Client();

        var o = (await client.GetOrderAsync(new Symbol("KCS", "BTC"), "6d539dc614db312")).Value;
        Assert.Equal(("5f3113a1c9b6d539dc614dc6", OrderStatus.New, 1m, 0.00001m), (o.VenueOrderId, o.Status, o.Quantity, o.LimitPrice));
        var p = (await client.PlaceOrderAsync(new OrderRequest("k-1", Exchange.KuCoin, new Symbol("BTC", "USDT"), OrderSide.Buy, OrderType.Limit, 1m, 10m))).Value;
        Assert.Equal("5bd6e9286d99522a52e458de", p.Order!.VenueOrderId);
        var t = Assert.Single((await client.GetTradesAsync(new Symbol("BTC", "USDT"), DateTimeOffset.UnixEpoch)).Value);
        Assert.Equal((0.8424304m, 0.083m, false), (t.Quantity, t.Price, t.IsMaker));
    }

    [Fact]
    public async Task Filled_order_from_list_and_insufficient_balance_reject()
    {
        _server.MapRecorded(Trading, "GetOrders.txt");
        var o = Assert.Single((await Client().GetOpenOrdersAsync(null)).Value);
        Assert.Equal((OrderStatus.Filled, 2m, 0.083m), (o.Status, o.FilledQuantity, o.AverageFillPrice));

        _server.MapJson("/api/v1/orders", """{"code":"200004","msg":"Balance insufficient!"}""");
        var p = (await Client().PlaceOrderAsync(new OrderRequest("k-2", Exchange.KuCoin, new Symbol("BTC", "USDT"), OrderSide.Buy, OrderType.Market, 1m))).Value;
        Assert.Equal((PlacementState.NotPlaced, Data.Exchanges.ExchangeErrorKind.InsufficientFunds, "200004"), (p.State, p.Error!.Kind, p.Error.Code));
    }
}
