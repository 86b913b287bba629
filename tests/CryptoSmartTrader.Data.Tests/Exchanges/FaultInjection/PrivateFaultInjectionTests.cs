using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Private;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using CryptoSmartTrader.Data.Tests.Exchanges.Private;
using Microsoft.AspNetCore.Http;

namespace CryptoSmartTrader.Data.Tests.Exchanges.FaultInjection;

/// <summary>
/// Faults injected by a loopback Binance into the signed account client: resets, 5xx bursts, 429 with Retry-After, cut-off
/// and garbled payloads, clock skew. Reads are retried as designed; an order is sent exactly once whatever happens, and a
/// placement whose answer was lost or unreadable is resolved by client order id, never by sending it again.
/// </summary>
public sealed class PrivateFaultInjectionTests : IAsyncLifetime
{
    private const string Account = """{"canTrade":true,"accountType":"SPOT","balances":[{"asset":"USDT","free":"100.0","locked":"0.0"}],"permissions":["SPOT"]}""";
    private const string Booked = """
        {"symbol":"LTCBTC","orderId":42,"orderListId":-1,"clientOrderId":"fi-1","price":"0.1","origQty":"1.0","executedQty":"0.0",
         "cummulativeQuoteQty":"0.0","status":"NEW","timeInForce":"GTC","type":"LIMIT","side":"BUY","time":1499827319559}
        """;

    private static readonly OrderRequest Request = new("fi-1", Exchange.Binance, new Symbol("LTC", "BTC"), OrderSide.Buy, OrderType.Limit, 1m, 0.1m);
    private readonly FastForwardTimeProvider _clock = new(DateTimeOffset.UnixEpoch);
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private IExchangeAccount Client(Action<ExchangeAccountsOptions>? tweak = null) => PrivateTestAccounts.Create(Exchange.Binance, _server, _clock, o =>
    {
        o.UnknownOutcome.MaxQueries = 3;
        tweak?.Invoke(o);
    });

    private int Posts() => _server.Requests.Count(r => r.StartsWith("/api/v3/order?", StringComparison.Ordinal) && r.Contains("newClientOrderId=", StringComparison.Ordinal));

    private int Queries() => _server.Requests.Count(r => r.Contains("origClientOrderId=fi-1", StringComparison.Ordinal));

    // The place request gets the fault; a query by client order id finds the order when the venue booked it.
    private void MapPlace(Func<HttpContext, Task> onPlace, bool booked)
    {
        _server.Map("/api/v3/order", context => context.Request.Method == "POST"
            ? onPlace(context)
            : (booked ? Reply.Json(Booked) : Reply.Json("""{"code":-2013,"msg":"Order does not exist."}""", 400))(context));
    }

    public static TheoryData<string> LostAnswers() => ["reset", "503", "cut-off", "truncated-json", "garbled"];

    private static Func<HttpContext, Task> Fault(string kind) => kind switch
    {
        "reset" => Reply.Reset(),
        "503" => Reply.Status(503),
        "cut-off" => Reply.CutOff(Booked, 40),
        "truncated-json" => Reply.Json(Booked[..40]),
        _ => Reply.Json("<html>accepted</html>"),
    };

    [Theory]
    [MemberData(nameof(LostAnswers))]
    public async Task A_placement_whose_answer_is_lost_or_unreadable_is_found_by_query_and_sent_once(string fault)
    {
        MapPlace(Fault(fault), booked: true);

        var placement = (await Client().PlaceOrderAsync(Request)).Value;

        Assert.Equal((PlacementState.Placed, true), (placement.State, placement.ResolvedByQuery));
        Assert.Equal("42", placement.Order!.VenueOrderId);
        Assert.Equal(1, Posts());
    }

    [Theory]
    [MemberData(nameof(LostAnswers))]
    public async Task A_placement_the_venue_never_booked_is_not_placed_once_its_window_closed_and_never_resent(string fault)
    {
        MapPlace(Fault(fault), booked: false);

        var placement = (await Client().PlaceOrderAsync(Request)).Value;

        Assert.Equal(PlacementState.NotPlaced, placement.State);
        Assert.Equal(ExchangeErrorKind.UnknownOrder, placement.Error!.Kind);
        Assert.Equal(1, Posts());
    }

    [Fact]
    public async Task A_placement_while_the_venue_cannot_be_read_stays_unknown_and_is_never_resent()
    {
        _server.Map("/api/v3/order", context => context.Request.Method == "POST" ? Reply.Reset()(context) : Reply.Status(503)(context));

        var placement = (await Client(o => o.Connections.Binance.MaxRetries = 0).PlaceOrderAsync(Request)).Value;

        Assert.Equal((PlacementState.Unknown, 3), (placement.State, placement.Queries));
        Assert.Equal(1, Posts());
        Assert.Equal(3, Queries());
    }

    [Fact]
    public async Task A_rate_limited_placement_is_refused_and_not_retried()
    {
        MapPlace(Reply.Json("""{"code":-1003,"msg":"Too many requests."}""", 429, ("Retry-After", "3")), booked: false);

        var placement = (await Client().PlaceOrderAsync(Request)).Value;

        Assert.Equal(PlacementState.NotPlaced, placement.State);
        Assert.Equal(ExchangeErrorKind.RateLimited, placement.Error!.Kind);
        Assert.Equal((1, 0), (Posts(), Queries()));
    }

    [Fact]
    public async Task Clock_skew_refused_by_the_venue_is_not_placed_says_why_and_is_not_retried()
    {
        MapPlace(Reply.Json("""{"code":-1021,"msg":"Timestamp for this request was 1000ms ahead of the server's time."}""", 400), booked: false);

        var placement = (await Client().PlaceOrderAsync(Request)).Value;

        Assert.Equal(PlacementState.NotPlaced, placement.State);
        Assert.Contains("ahead of the server's time", placement.Error!.Message);
        Assert.Equal((1, 0), (Posts(), Queries()));
    }

    [Fact]
    public async Task Reads_ride_out_resets_and_a_5xx_burst_with_backoff()
    {
        _server.Map("/api/v3/account", Reply.Reset(), Reply.Status(502), Reply.Status(503), Reply.Json(Account));

        var balances = await Client().GetBalancesAsync();

        Assert.True(balances.IsSuccess, balances.ToString());
        Assert.Equal(4, _server.CountRequests("/api/v3/account"));
        Assert.Equal(3, _clock.Delays.Count);
    }

    [Fact]
    public async Task Reads_wait_exactly_the_venues_retry_after()
    {
        _server.Map("/api/v3/account", Reply.Json("""{"code":-1003,"msg":"Too many requests."}""", 429, ("Retry-After", "4")), Reply.Json(Account));

        var balances = await Client().GetBalancesAsync();

        Assert.True(balances.IsSuccess, balances.ToString());
        Assert.Contains(TimeSpan.FromSeconds(4), _clock.Delays);
    }

    [Fact]
    public async Task A_garbled_read_is_malformed_and_not_retried()
    {
        _server.Map("/api/v3/account", Reply.Json("""{"balances":[{"asset":"USDT","free":"""));

        var balances = await Client().GetBalancesAsync();

        Assert.Equal(ExchangeErrorKind.Malformed, balances.Error!.Kind);
        Assert.Equal(1, _server.CountRequests("/api/v3/account"));
    }

    [Fact]
    public async Task A_failing_venue_opens_the_circuit_and_later_calls_fail_fast_without_reaching_it()
    {
        _server.Map("/api/v3/account", Reply.Status(500));
        var account = Client(o =>
        {
            o.Connections.Binance.MaxRetries = 0;
            o.Connections.Binance.CircuitMinimumThroughput = 2;
            o.Connections.Binance.CircuitFailureRatio = 0.5;
        });

        for (var i = 0; i < 3; i++)
        {
            _ = await account.GetBalancesAsync();
        }

        var sent = _server.CountRequests("/api/v3/account");
        var fast = await account.GetBalancesAsync();
        var placement = (await account.PlaceOrderAsync(Request)).Value;

        Assert.Equal(ExchangeErrorKind.CircuitOpen, fast.Error!.Kind);
        Assert.Equal(sent, _server.CountRequests("/api/v3/account"));
        Assert.True(sent < 4, $"{sent} requests reached the failing venue");
        // The place call has its own circuit (writes are never retried), so it is sent once and its 404 read as a refusal.
        Assert.NotEqual(PlacementState.Placed, placement.State);
        Assert.True(Posts() <= 1);
    }
}
