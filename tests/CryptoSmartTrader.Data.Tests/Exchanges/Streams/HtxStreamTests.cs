using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net.WebSockets;
using System.Text;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Streams;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Streams;

/// <summary>HTX over a real WebSocket with gzip-compressed binary frames and ping/pong, replaying HTX.Net's recorded pushes.</summary>
public sealed class HtxStreamTests : IAsyncLifetime
{
    private const string Subs = "HTX/Subscriptions/Spot";
    private static readonly Symbol EthUsdt = new("ETH", "USDT");
    private LoopbackServer _server = null!;
    private readonly ConcurrentQueue<string> _received = new();

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private IMarketStream Stream()
    {
        var clock = new FastForwardTimeProvider(DateTimeOffset.UnixEpoch);
        var options = TestClients.Options(_server.BaseUrl, o => o.WebSocketUrl = _server.WebSocketUrl("/ws"));
        return MarketStreams.Create(Exchange.Htx, options, MarketDataClients.Create(Exchange.Htx, options, new HttpClient(), clock), clock);
    }

    private static Task SendGzip(WebSocket socket, string json)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(Encoding.UTF8.GetBytes(json));
        }

        return socket.SendAsync(ms.ToArray(), WebSocketMessageType.Binary, true, CancellationToken.None);
    }

    private void Script(params string[] frames) => _server.MapWebSocket("/ws", async (socket, _) =>
    {
        foreach (var f in frames)
        {
            await SendGzip(socket, f);
        }

        while (await SocketScript.ReceiveAsync(socket) is { } message)
        {
            _received.Enqueue(message);
        }
    });

    [Fact]
    public async Task Gzipped_trade_push_and_ping_pong()
    {
        Script("""{"ping":1492420473027}""", SocketScript.Pushed(Subs, "Trades.txt").Single());
        var items = await SocketScript.TakeAsync(Stream().SubscribeAsync(new StreamRequest(EthUsdt, StreamChannel.Trades)), l => l.Count == 2);

        var t = Assert.IsType<TradeMessage>(items[1]).Trade;
        Assert.Equal((52648.62m, 0.006754m, TakerSide.Buy, "102523573486"), (t.Price, t.Size, t.Side, t.TradeId));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1630994963173), t.Time);
        Assert.Contains(_received, m => m.Contains("\"sub\":\"market.ethusdt.trade.detail\"", StringComparison.Ordinal));
        Assert.Contains("""{"pong":1492420473027}""", _received);
    }

    [Fact]
    public async Task Recorded_mbp_refresh_is_a_full_validated_book()
    {
        Script(SocketScript.Pushed(Subs, "OrderBookMbp.txt").Single());
        var items = await SocketScript.TakeAsync(Stream().SubscribeAsync(new StreamRequest(EthUsdt, StreamChannel.OrderBook, Depth: 20)), l => l.Count == 2);

        var book = Assert.IsType<BookMessage>(items[1]).Book;
        Assert.Equal(100020142010, book.Sequence);
        Assert.Equal(new BookLevel(618.37m, 71.594m), book.BestBid);
        Assert.Equal(new BookLevel(650.59m, 14.909733438479636m), book.BestAsk);
    }

    [Fact]
    public async Task Recorded_daily_kline_with_a_misaligned_open_is_rejected()
    {
        // The documentation example stamps a "1day" bar at 02:28 UTC, which no daily bar opens at.
        Script(SocketScript.Pushed(Subs, "Klines.txt").Single());
        var items = await SocketScript.TakeAsync(Stream().SubscribeAsync(new StreamRequest(EthUsdt, StreamChannel.Candles, Timeframe.D1)), l => l.Count == 2);

        var notice = Assert.IsType<StreamNotice>(items[1]);
        Assert.Equal(StreamNoticeKind.Rejected, notice.Kind);
        Assert.Contains("not aligned to 1d", notice.Message);
    }
}
