using System.Collections.Concurrent;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Streams;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Streams;

/// <summary>Kraken WS v2 over a real WebSocket, replaying Kraken.Net's recorded pushes.</summary>
public sealed class KrakenStreamTests : IAsyncLifetime
{
    private const string Subs = "Kraken/Subscriptions/Spot";
    private static readonly Symbol EthUsdt = new("ETH", "USDT");

    // ETH/USDT with price precision 4 and quantity precision 8: the precisions under which the recorded book's
    // checksum 2439117997 reproduces (checked independently with Python's zlib.crc32).
    private const string AssetPairs = """
        {"error":[],"result":{"ETHUSDT":{"altname":"ETHUSDT","wsname":"ETH/USDT","base":"XETH","quote":"USDT",
         "pair_decimals":4,"lot_decimals":8,"ordermin":"0.01","status":"online"}}}
        """;

    private LoopbackServer _server = null!;
    private readonly ConcurrentQueue<string> _subscribes = new();
    private int _connections;

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _server.MapJson("/0/public/AssetPairs", AssetPairs);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private IMarketStream Stream()
    {
        var clock = new FastForwardTimeProvider(DateTimeOffset.UnixEpoch);
        var options = TestClients.Options(_server.BaseUrl, o => o.WebSocketUrl = _server.WebSocketUrl("/v2"));
        return MarketStreams.Create(Exchange.Kraken, options, MarketDataClients.Create(Exchange.Kraken, options, new HttpClient(), clock), clock);
    }

    private void Script(params string[][] framesPerConnection) => _server.MapWebSocket("/v2", async (socket, _) =>
    {
        var n = Interlocked.Increment(ref _connections) - 1;
        if (await SocketScript.ReceiveAsync(socket) is { } sub)
        {
            _subscribes.Enqueue(sub);
        }

        foreach (var f in framesPerConnection[Math.Min(n, framesPerConnection.Length - 1)])
        {
            await SocketScript.SendAsync(socket, f);
        }

        await SocketScript.DrainAsync(socket);
    });

    [Fact]
    public async Task Recorded_trade_update()
    {
        Script([SocketScript.Pushed(Subs, "Trades.txt").Single()]);
        var items = await SocketScript.TakeAsync(Stream().SubscribeAsync(new StreamRequest(EthUsdt, StreamChannel.Trades)), l => l.Count == 2);

        var t = Assert.IsType<TradeMessage>(items[1]).Trade;
        Assert.Equal((0.5117m, 40.0m, TakerSide.Sell, "4665906"), (t.Price, t.Size, t.Side, t.TradeId));
        Assert.Equal(new DateTimeOffset(2023, 9, 25, 7, 49, 37, TimeSpan.Zero).AddTicks(7087060), t.Time);
        Assert.Contains("\"channel\":\"trade\"", _subscribes.Single());
        Assert.Contains("\"ETH/USDT\"", _subscribes.Single());
    }

    [Fact]
    public async Task Recorded_ohlc_update_is_stamped_from_interval_begin()
    {
        Script([SocketScript.Pushed(Subs, "Kline.txt").Single()]);
        var items = await SocketScript.TakeAsync(Stream().SubscribeAsync(new StreamRequest(EthUsdt, StreamChannel.Candles, Timeframe.M5)), l => l.Count == 2);

        var c = Assert.IsType<CandleMessage>(items[1]);
        var open = new DateTimeOffset(2023, 10, 4, 16, 25, 0, TimeSpan.Zero);
        Assert.Equal(Candle.Create(Timeframe.M5, open, 0.5624m, 0.5628m, 0.5622m, 0.5627m, 30927.68066226m), c.Candle);
        Assert.False(c.IsClosed);
        Assert.Contains("\"interval\":5", _subscribes.Single());
    }

    [Fact]
    public async Task Recorded_book_snapshot_passes_its_checksum()
    {
        Script([SocketScript.Pushed(Subs, "AggBook.txt").Single()]);
        var items = await SocketScript.TakeAsync(Stream().SubscribeAsync(new StreamRequest(EthUsdt, StreamChannel.OrderBook, Depth: 10)), l => l.Count == 2);

        var book = Assert.IsType<BookMessage>(items[1]).Book;
        Assert.Equal(10, book.Bids.Count);
        Assert.Equal(10, book.Asks.Count);
        Assert.Equal(new BookLevel(0.5666m, 4831.75496356m), book.BestBid);
        Assert.Equal(new BookLevel(0.5668m, 4410.79769741m), book.BestAsk);
    }

    [Fact]
    public async Task Checksum_mismatch_discards_the_book_and_resubscribes()
    {
        var good = SocketScript.Pushed(Subs, "AggBook.txt").Single();
        var tampered = good.Replace("4831.75496356", "4831.75496357"); // one unit in the last digit of the best bid
        Script([tampered], [good]);

        var items = await SocketScript.TakeAsync(Stream().SubscribeAsync(new StreamRequest(EthUsdt, StreamChannel.OrderBook, Depth: 10)),
            l => l[^1] is BookMessage);

        var kinds = items.Select(i => i is StreamNotice n ? n.Kind.ToString() : "Book").ToList();
        Assert.Equal(["Connected", "Gap", "Disconnected", "Connected", "Book"], kinds);
        Assert.Contains("checksum mismatch", ((StreamNotice)items[1]).Message);
        Assert.Equal(2, _subscribes.Count);
    }
}
