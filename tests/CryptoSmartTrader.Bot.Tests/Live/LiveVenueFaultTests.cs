using CryptoSmartTrader.Bot.Live;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Kernel;
using Microsoft.AspNetCore.Http;

namespace CryptoSmartTrader.Bot.Tests.Live;

/// <summary>
/// Faults injected by a loopback Binance under the live venue: it never trades blind. While an order's outcome is unknown,
/// or working orders could not be read at the last bar close, new orders are refused with the reason (nothing is sent);
/// the unknown order is queried, never resent; trading resumes once the venue answers.
/// </summary>
public sealed class LiveVenueFaultTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Symbol Btc = new("BTC", "USDT");
    private readonly FastForwardTimeProvider _clock = new(T0);
    private LoopbackServer _server = null!;

    // What the loopback venue does to each kind of request; tests switch it between bar closes.
    private Func<HttpContext, Task> _onPlace = null!;
    private Func<HttpContext, Task> _onQuery = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _server.Map("/api/v3/order", context => context.Request.Method == "POST" ? _onPlace(context) : _onQuery(context));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private LiveVenue Venue() => new(LiveTestAccounts.Binance(_server, _clock), ExchangeProfiles.Binance, new LiveOptions(), _clock);

    private int Posts() => _server.Requests.Count(r => r.StartsWith("/api/v3/order?", StringComparison.Ordinal) && r.Contains("newClientOrderId=", StringComparison.Ordinal));

    private int PostsOf(string id) => _server.Requests.Count(r => r.Contains("newClientOrderId=" + id, StringComparison.Ordinal));

    private static Order Order(string id) => new(new OrderRequest(id, Exchange.Binance, Btc, OrderSide.Buy, OrderType.Limit, 0.01m, 60000m), T0);

    private static BarCloseContext Close(int hour)
    {
        var context = new BarCloseContext(new TradingUniverse(Exchange.Binance, Timeframe.H1, [Btc]));
        context.Reset(T0.AddHours(hour));
        return context;
    }

    // A resting order at the venue, whatever id it is asked about.
    private static Task Booked(HttpContext context)
    {
        var id = context.Request.Query["newClientOrderId"].ToString() is { Length: > 0 } n ? n : context.Request.Query["origClientOrderId"].ToString();
        return Reply.Json($$"""
            {"symbol":"BTCUSDT","orderId":7,"orderListId":-1,"clientOrderId":"{{id}}","transactTime":1709251200000,"time":1709251200000,"price":"60000.00",
             "origQty":"0.01000000","executedQty":"0.00000000","cummulativeQuoteQty":"0.00000000","status":"NEW","timeInForce":"GTC","type":"LIMIT",
             "side":"BUY","fills":[]}
            """)(context);
    }

    [Fact]
    public async Task While_an_outcome_is_unknown_no_new_order_is_sent_and_the_unknown_one_is_never_resent()
    {
        _onPlace = Reply.Reset();
        _onQuery = Reply.Status(503);
        var venue = Venue();
        var listener = new RecordingListener();

        var first = await Task.Run(() => venue.Submit(Order("lost-1"), 0, T0));
        var second = await Task.Run(() => venue.Submit(Order("next-1"), 0, T0));

        Assert.True(first.Accepted, first.Error); // kept as working, of unknown outcome
        Assert.False(second.Accepted);
        Assert.Contains("not trading blind: the outcome of order lost-1", second.Error, StringComparison.Ordinal);
        Assert.Equal(1, Posts());

        // Still unreadable at the next close: still refusing, still not resending.
        await Task.Run(() => venue.Synchronize(Close(1), listener));
        var third = await Task.Run(() => venue.Submit(Order("next-2"), 0, T0.AddHours(1)));
        Assert.False(third.Accepted);
        Assert.Equal((1, 1), (Posts(), PostsOf("lost-1")));

        // The venue answers: the order is found resting, and trading resumes.
        _onQuery = Booked;
        _onPlace = Booked;
        await Task.Run(() => venue.Synchronize(Close(2), listener));
        var fourth = await Task.Run(() => venue.Submit(Order("next-3"), 0, T0.AddHours(2)));

        Assert.Null(venue.HaltReason);
        Assert.True(fourth.Accepted, fourth.Error);
        Assert.Equal((2, 1), (Posts(), PostsOf("lost-1")));
    }

    [Theory]
    [InlineData("cut-off")]
    [InlineData("garbled")]
    public async Task An_unreadable_placement_answer_is_resolved_by_query_not_rejected_and_resent(string fault)
    {
        _onPlace = fault == "cut-off" ? Reply.CutOff("""{"symbol":"BTCUSDT","orderId":7,"clientOrderId":"x"}""", 20) : Reply.Json("<html>ok</html>");
        _onQuery = Booked;
        var venue = Venue();
        var order = Order("odd-1");

        var result = await Task.Run(() => venue.Submit(order, 0, T0));

        Assert.True(result.Accepted, result.Error);
        Assert.Equal(("7", OrderStatus.New), (order.VenueOrderId, order.Status));
        Assert.Equal(1, Posts());
    }

    [Fact]
    public async Task Working_orders_that_cannot_be_read_at_a_close_stop_new_orders_until_they_can()
    {
        _onPlace = Booked;
        _onQuery = Reply.Status(503);
        var venue = Venue();
        var listener = new RecordingListener();
        Assert.True((await Task.Run(() => venue.Submit(Order("rest-1"), 0, T0))).Accepted);
        await Task.Run(() => venue.Synchronize(Close(1), listener)); // the place answer itself is booked: nothing to read yet
        await Task.Run(() => venue.Synchronize(Close(2), listener)); // now the resting order must be read, and cannot be

        var refused = await Task.Run(() => venue.Submit(Order("rest-2"), 0, T0.AddHours(2)));
        Assert.False(refused.Accepted);
        Assert.Contains("could not be read at the last bar close", refused.Error, StringComparison.Ordinal);
        Assert.Contains("503", refused.Error, StringComparison.Ordinal);
        Assert.Equal(1, Posts());

        _onQuery = Booked;
        await Task.Run(() => venue.Synchronize(Close(3), listener));
        Assert.True((await Task.Run(() => venue.Submit(Order("rest-3"), 0, T0.AddHours(3)))).Accepted);
        Assert.Equal(2, Posts());
    }

    [Fact]
    public async Task Clock_skew_refused_by_the_venue_rejects_the_order_with_the_venues_reason_once()
    {
        _onPlace = Reply.Json("""{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}""", 400);
        _onQuery = Reply.Json("""{"code":-2013,"msg":"Order does not exist."}""", 400);
        var order = Order("skew-1");

        var result = await Task.Run(() => Venue().Submit(order, 0, T0));

        Assert.False(result.Accepted);
        Assert.Contains("outside of the recvWindow", result.Error, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Rejected, order.Status);
        Assert.Equal(1, Posts());
    }
}
