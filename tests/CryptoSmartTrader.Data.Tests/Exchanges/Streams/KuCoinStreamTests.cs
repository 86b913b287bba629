using System.Collections.Concurrent;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Streams;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Streams;

/// <summary>KuCoin: bullet token over REST, then the WebSocket it names; recorded Kucoin.Net pushes.</summary>
public sealed class KuCoinStreamTests : IAsyncLifetime
{
    private const string Subs = "Kucoin/Subscriptions/Spot";
    private static readonly Symbol BtcUsdt = new("BTC", "USDT");
    private LoopbackServer _server = null!;
    private readonly ConcurrentQueue<string> _received = new();
    private readonly ConcurrentQueue<string> _tokens = new();

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        // Shape of KuCoin's documented bullet-public answer, pointing at the loopback socket.
        _server.MapJson("/api/v1/bullet-public", $$$"""
            {"code":"200000","data":{"token":"2neAiuYvAU61ZD","instanceServers":[{"endpoint":"{{{_server.WebSocketUrl("/endpoint")}}}",
             "encrypt":true,"protocol":"websocket","pingInterval":18000,"pingTimeout":10000}]}}
            """);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private IMarketStream Stream()
    {
        var clock = new FastForwardTimeProvider(DateTimeOffset.UnixEpoch);
        var options = TestClients.Options(_server.BaseUrl);
        return MarketStreams.Create(Exchange.KuCoin, options, MarketDataClients.Create(Exchange.KuCoin, options, new HttpClient(), clock), clock);
    }

    private void Script(params string[] frames) => _server.MapWebSocket("/endpoint", async (socket, context) =>
    {
        _tokens.Enqueue(context.Request.Query["token"].ToString());
        await SocketScript.SendAsync(socket, """{"id":"hQvf8jkno","type":"welcome"}""");
        if (await SocketScript.ReceiveAsync(socket) is { } sub)
        {
            _received.Enqueue(sub);
        }

        foreach (var f in frames)
        {
            await SocketScript.SendAsync(socket, f);
        }

        await SocketScript.DrainAsync(socket);
    });

    [Fact]
    public async Task Token_from_bullet_then_recorded_match()
    {
        Script(SocketScript.Pushed(Subs, "Trades.txt").Single());
        var items = await SocketScript.TakeAsync(Stream().SubscribeAsync(new StreamRequest(BtcUsdt, StreamChannel.Trades)), l => l.Count == 2);

        var t = Assert.IsType<TradeMessage>(items[1]).Trade;
        Assert.Equal((0.082m, 0.01022222m, TakerSide.Buy), (t.Price, t.Size, t.Side));
        Assert.Equal(DateTimeOffset.UnixEpoch.AddTicks(1545913818099033203 / 100), t.Time);
        Assert.Equal("2neAiuYvAU61ZD", _tokens.Single());
        Assert.Contains("\"topic\":\"/market/match:BTC-USDT\"", _received.Single());
        Assert.Equal(1, _server.CountRequests("/api/v1/bullet-public"));
    }

    [Fact]
    public async Task Recorded_8hour_candle_opening_at_10_utc_is_rejected_as_misaligned()
    {
        // The documentation example opens an "8hour" bar at 2020-05-20T10:00Z, off the 00/08/16 UTC grid.
        Script(SocketScript.Pushed(Subs, "Klines.txt").Single());
        var items = await SocketScript.TakeAsync(Stream().SubscribeAsync(new StreamRequest(BtcUsdt, StreamChannel.Candles, Timeframe.H8)), l => l.Count == 2);

        var notice = Assert.IsType<StreamNotice>(items[1]);
        Assert.Equal(StreamNoticeKind.Rejected, notice.Kind);
        Assert.Contains("not aligned to 8h", notice.Message);
    }

    [Fact]
    public async Task Recorded_candle_values_map_open_close_high_low()
    {
        // The same recorded push on the hourly topic, where 10:00 is a valid open.
        Script(SocketScript.Pushed(Subs, "Klines.txt").Single().Replace("_8hour", "_1hour"));
        var items = await SocketScript.TakeAsync(Stream().SubscribeAsync(new StreamRequest(BtcUsdt, StreamChannel.Candles, Timeframe.H1)), l => l.Count == 2);

        var c = Assert.IsType<CandleMessage>(items[1]).Candle;
        Assert.Equal(Candle.Create(Timeframe.H1, DateTimeOffset.FromUnixTimeSeconds(1589968800), 9786.9m, 9806.1m, 9732m, 9740.8m, 27.45649579m), c);
    }

    [Fact]
    public async Task Recorded_level2_delta_syncs_onto_a_rest_snapshot()
    {
        // Snapshot at sequence 14103843 (one before the recorded delta's sequenceStart 14103844), levels around the delta's prices.
        _server.MapJson("/api/v1/market/orderbook/level2_100", """
            {"code":"200000","data":{"sequence":"14103843","time":1663747970000,
             "bids":[["18891.9","1"],["18890","2"]],"asks":[["18906","1"],["18910","2"]]}}
            """);
        Script(SocketScript.Pushed(Subs, "AggBook.txt").Single());
        var items = await SocketScript.TakeAsync(Stream().SubscribeAsync(new StreamRequest(BtcUsdt, StreamChannel.OrderBook, Depth: 10)),
            l => l[^1] is BookMessage);

        var book = ((BookMessage)items[^1]).Book;
        Assert.Equal(14103847, book.Sequence);
        Assert.Equal([new BookLevel(18891.9m, 0.15688m), new BookLevel(18890m, 2m)], book.Bids);
        Assert.Equal([new BookLevel(18906m, 0.00331m), new BookLevel(18907.3m, 0.58751503m), new BookLevel(18910m, 2m)], book.Asks);
    }
}
