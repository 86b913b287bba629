using System.Collections.Concurrent;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Private;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using Microsoft.AspNetCore.Http;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Private;

/// <summary>
/// A place request whose response never arrives: the loopback venue books the order, then hangs past the client's
/// timeout. The client must find the order by client order id and never send the place request twice.
/// </summary>
public sealed class UnknownOutcomeTests : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, string> _book = new();
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static OrderRequest Request(string id) => new(id, Exchange.Binance, new Symbol("LTC", "BTC"), OrderSide.Buy, OrderType.Limit, 1m, 0.1m);

    // Real clock: the per-attempt timeout must actually fire. The durations only bound the test, nothing asserts on them.
    private IExchangeAccount Client(TimeSpan recvWindow) => PrivateTestAccounts.Create(Exchange.Binance, _server, TimeProvider.System, o =>
    {
        o.Connections.Binance.Timeout = TimeSpan.FromMilliseconds(1500);
        o.BinanceRecvWindow = recvWindow;
        o.UnknownOutcome.ClockSkewAllowance = TimeSpan.Zero;
    });

    private void MapVenue(bool bookTheOrder)
    {
        _server.Map("/api/v3/order", async context =>
        {
            if (context.Request.Method == "POST")
            {
                var id = context.Request.Query["newClientOrderId"].ToString();
                if (bookTheOrder)
                {
                    _book[id] = id;
                }

                await Reply.Hang(TimeSpan.FromSeconds(30))(context);
                return;
            }

            var wanted = context.Request.Query["origClientOrderId"].ToString();
            await (_book.ContainsKey(wanted)
                ? Reply.Json($$"""
                    {"symbol":"LTCBTC","orderId":42,"orderListId":-1,"clientOrderId":"{{wanted}}","price":"0.1","origQty":"1.0","executedQty":"0.0",
                     "cummulativeQuoteQty":"0.0","status":"NEW","timeInForce":"GTC","type":"LIMIT","side":"BUY","time":1499827319559}
                    """)
                : Reply.Json("""{"code":-2013,"msg":"Order does not exist."}""", 400))(context);
        });
    }

    private int Posts() => _server.Requests.Count(r => r.StartsWith("/api/v3/order?", StringComparison.Ordinal) && r.Contains("newClientOrderId="));

    [Fact]
    public async Task Timed_out_place_is_resolved_by_query_and_the_venue_holds_exactly_one_order()
    {
        MapVenue(bookTheOrder: true);
        var placement = (await Client(TimeSpan.FromSeconds(5)).PlaceOrderAsync(Request("uo-1"))).Value;

        Assert.True(placement.State == PlacementState.Placed, $"{placement}");
        Assert.True(placement.ResolvedByQuery);
        Assert.Equal(("uo-1", "42"), (placement.Order!.ClientOrderId, placement.Order.VenueOrderId));
        Assert.Single(_book);
        Assert.Equal(1, Posts());
    }

    [Fact]
    public async Task Not_found_after_the_acceptance_window_is_reported_not_placed_without_resending()
    {
        MapVenue(bookTheOrder: false);
        var placement = (await Client(TimeSpan.FromMilliseconds(1)).PlaceOrderAsync(Request("uo-2"))).Value;

        Assert.Equal(PlacementState.NotPlaced, placement.State);
        Assert.Equal(ExchangeErrorKind.UnknownOrder, placement.Error!.Kind);
        Assert.Empty(_book);
        Assert.Equal(1, Posts());
    }

    [Fact]
    public async Task Venue_unreachable_while_resolving_stays_unknown()
    {
        _server.Map("/api/v3/order", context => context.Request.Method == "POST"
            ? Reply.Hang(TimeSpan.FromSeconds(30))(context)
            : Reply.Status(503)(context));
        var account = PrivateTestAccounts.Create(Exchange.Binance, _server, TimeProvider.System, o =>
        {
            o.Connections.Binance.Timeout = TimeSpan.FromMilliseconds(1500);
            o.Connections.Binance.MaxRetries = 0;
            o.UnknownOutcome.MaxQueries = 3;
        });
        var placement = (await account.PlaceOrderAsync(Request("uo-3"))).Value;

        Assert.Equal((PlacementState.Unknown, 3), (placement.State, placement.Queries));
        Assert.Equal(1, Posts());
    }

    [Fact]
    public async Task Kraken_timed_out_add_order_is_found_by_cl_ord_id_in_open_orders()
    {
        var booked = 0;
        _server.Map("/0/private/AddOrder", async context =>
        {
            Interlocked.Increment(ref booked);
            await Reply.Hang(TimeSpan.FromSeconds(30))(context);
        });
        _server.Map("/0/private/OpenOrders", context => Volatile.Read(ref booked) == 0
            ? Reply.Json("""{"error":[],"result":{"open":{}}}""")(context)
            : Reply.Json("""
                {"error":[],"result":{"open":{"OQCLML-BW3P3-BUCMWZ":{"refid":null,"userref":0,"cl_ord_id":"kr-uo-1","status":"open","opentm":1688666559.8974,
                 "starttm":0,"expiretm":0,"descr":{"pair":"XBTUSD","type":"buy","ordertype":"limit","price":"30010.0","price2":"0","leverage":"none",
                 "order":"buy 1.25000000 XBTUSD @ limit 30010.0","close":""},"vol":"1.25000000","vol_exec":"0.00000000","cost":"0","fee":"0",
                 "price":"0","stopprice":"0","limitprice":"0","misc":"","oflags":"fciq"}}}}
                """)(context));
        var account = PrivateTestAccounts.Create(Exchange.Kraken, _server, TimeProvider.System, o => o.Connections.Kraken.Timeout = TimeSpan.FromMilliseconds(1500));
        var request = new OrderRequest("kr-uo-1", Exchange.Kraken, new Symbol("BTC", "USD"), OrderSide.Buy, OrderType.Limit, 1.25m, 30010m);

        var placement = (await account.PlaceOrderAsync(request)).Value;

        Assert.True(placement.State == PlacementState.Placed, $"{placement}");
        Assert.Equal(("kr-uo-1", "OQCLML-BW3P3-BUCMWZ"), (placement.Order!.ClientOrderId, placement.Order.VenueOrderId));
        Assert.Equal(1, _server.CountRequests("/0/private/AddOrder"));
    }
}
