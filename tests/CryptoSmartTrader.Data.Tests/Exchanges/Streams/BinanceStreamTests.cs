using System.Collections.Concurrent;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Streams;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Streams;

/// <summary>The Binance stream over a real WebSocket to the loopback server, replaying Binance.Net's recorded pushes.</summary>
public sealed class BinanceStreamTests : IAsyncLifetime
{
    private const string Subs = "Binance/Subscriptions/Spot/ExchangeData";
    private static readonly Symbol BnbBtc = new("BNB", "BTC");
    private LoopbackServer _server = null!;
    private readonly ConcurrentQueue<string> _subscribes = new();
    private int _connections;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private IMarketStream Stream()
    {
        var clock = new FastForwardTimeProvider(DateTimeOffset.UnixEpoch);
        var options = TestClients.Options(_server.BaseUrl, o => o.WebSocketUrl = _server.WebSocketUrl("/stream"));
        var rest = MarketDataClients.Create(Exchange.Binance, options, new HttpClient(), clock);
        return MarketStreams.Create(Exchange.Binance, options, rest, clock);
    }

    private void Script(params Func<System.Net.WebSockets.WebSocket, Task>[] perConnection) =>
        _server.MapWebSocket("/stream", async (socket, _) =>
        {
            var n = Interlocked.Increment(ref _connections) - 1;
            if (await SocketScript.ReceiveAsync(socket) is { } sub)
            {
                _subscribes.Enqueue(sub);
            }

            await perConnection[Math.Min(n, perConnection.Length - 1)](socket);
        });

    [Fact]
    public async Task Recorded_trade_push_becomes_a_trade_with_taker_side()
    {
        var frame = SocketScript.Pushed(Subs, "Trades.txt").Single();
        Script(async s => { await SocketScript.SendAsync(s, frame); await SocketScript.DrainAsync(s); });

        var items = await SocketScript.TakeAsync(Stream().SubscribeAsync(new StreamRequest(BnbBtc, StreamChannel.Trades)), l => l.Count == 2);

        Assert.Equal(StreamNoticeKind.Connected, Assert.IsType<StreamNotice>(items[0]).Kind);
        var trade = Assert.IsType<TradeMessage>(items[1]).Trade;
        Assert.Equal((0.001m, 100m, TakerSide.Sell, "12345"), (trade.Price, trade.Size, trade.Side, trade.TradeId));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1672515782136), trade.Time);
        Assert.Contains("\"bnbbtc@trade\"", _subscribes.Single());
    }

    [Fact]
    public async Task Recorded_kline_with_low_above_open_is_rejected_and_reported()
    {
        var frame = SocketScript.Pushed(Subs, "Klines.txt").Single();
        Script(async s => { await SocketScript.SendAsync(s, frame); await SocketScript.DrainAsync(s); });

        var items = await SocketScript.TakeAsync(Stream().SubscribeAsync(new StreamRequest(BnbBtc, StreamChannel.Candles, Timeframe.M1)), l => l.Count == 2);

        var notice = Assert.IsType<StreamNotice>(items[1]);
        Assert.Equal(StreamNoticeKind.Rejected, notice.Kind);
        Assert.Contains("low 0.0015 must be <= min(open 0.0010", notice.Message);
    }

    [Fact]
    public async Task Dropped_socket_reconnects_and_resubscribes()
    {
        var frame = SocketScript.Pushed(Subs, "Trades.txt").Single();
        Script(
            async s =>
            {
                await SocketScript.SendAsync(s, frame);
                await s.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
            },
            async s => { await SocketScript.SendAsync(s, frame); await SocketScript.DrainAsync(s); });

        var items = await SocketScript.TakeAsync(Stream().SubscribeAsync(new StreamRequest(BnbBtc, StreamChannel.Trades)),
            l => l.OfType<TradeMessage>().Count() == 2);

        Assert.Equal(
            ["Connected", "Trade", "Disconnected", "Connected", "Trade"],
            items.Select(i => i is StreamNotice n ? n.Kind.ToString() : "Trade"));
        Assert.Equal(2, _subscribes.Count);
        Assert.All(_subscribes, s => Assert.Contains("\"bnbbtc@trade\"", s));
    }

    [Fact]
    public async Task Book_syncs_from_snapshot_and_a_sequence_gap_forces_a_reported_resync()
    {
        // REST snapshot = the recorded partial book (lastUpdateId 160, bid 0.0024 × 10, ask 0.0026 × 100); the second
        // snapshot is the same book stamped 171.
        var partial = SocketScript.Pushed(Subs, "PartialBook.txt").Single();
        var snapshot = System.Text.Json.JsonDocument.Parse(partial).RootElement.GetProperty("data").GetRawText();
        _server.Map("/api/v3/depth", Reply.Json(snapshot), Reply.Json(snapshot.Replace("160", "171")));
        var recordedDelta = SocketScript.Pushed("Binance/Subscriptions/UsdFutures/Book.txt").Single().Replace("BTCUSDT", "BNBBTC"); // U 157, u 160
        const string next = """{"stream":"bnbbtc@depth@100ms","data":{"e":"depthUpdate","E":1,"s":"BNBBTC","U":161,"u":161,"b":[["0.0023","5"]],"a":[]}}""";
        const string gap = """{"stream":"bnbbtc@depth@100ms","data":{"e":"depthUpdate","E":2,"s":"BNBBTC","U":170,"u":171,"b":[["0.0022","1"]],"a":[]}}""";
        Script(async s =>
        {
            foreach (var f in new[] { recordedDelta, next, gap })
            {
                await SocketScript.SendAsync(s, f);
            }

            await SocketScript.DrainAsync(s);
        });

        var items = await SocketScript.TakeAsync(Stream().SubscribeAsync(new StreamRequest(BnbBtc, StreamChannel.OrderBook, Depth: 10)),
            l => l.OfType<StreamNotice>().Count(n => n.Kind == StreamNoticeKind.Resynced) == 2 && l[^1] is BookMessage);

        var kinds = items.Select(i => i switch { StreamNotice n => n.Kind.ToString(), BookMessage => "Book", _ => "?" }).ToList();
        Assert.Equal(["Connected", "Resynced", "Book", "Book", "Gap", "Resynced", "Book"], kinds);
        var books = items.OfType<BookMessage>().Select(b => b.Book).ToList();
        Assert.Equal(160, books[0].Sequence);
        Assert.Equal([0.0024m, 0.0023m], books[1].Bids.Select(b => b.Price));
        // After the gap the book is rebuilt from the new snapshot only: the pre-gap 0.0023 level is gone.
        Assert.Equal(171, books[2].Sequence);
        Assert.Equal([0.0024m], books[2].Bids.Select(b => b.Price));
        Assert.Equal(2, _server.CountRequests("/api/v3/depth"));
    }
}
