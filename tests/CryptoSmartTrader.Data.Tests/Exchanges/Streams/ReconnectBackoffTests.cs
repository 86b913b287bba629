using System.Globalization;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Streams;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Streams;

public sealed class ReconnectBackoffTests
{
    [Fact]
    public async Task Failed_connects_wait_a_jittered_capped_backoff_on_the_injected_clock()
    {
        var clock = new FastForwardTimeProvider(DateTimeOffset.UnixEpoch);
        // Nothing listens on port 1: every connect fails at once.
        var options = TestClients.Options(new Uri("http://127.0.0.1:1/"), o =>
        {
            o.WebSocketUrl = new Uri("ws://127.0.0.1:1/stream");
            o.ReconnectBaseDelay = TimeSpan.FromSeconds(1);
            o.MaxRetryDelay = TimeSpan.FromSeconds(8);
        });
        var rest = MarketDataClients.Create(Exchange.Binance, options, new HttpClient(), clock);
        var stream = MarketStreams.Create(Exchange.Binance, options, rest, clock);

        var items = await SocketScript.TakeAsync(stream.SubscribeAsync(new StreamRequest(new Symbol("BNB", "BTC"), StreamChannel.Trades)), l => l.Count == 6);

        var notices = items.Select(i => Assert.IsType<StreamNotice>(i)).ToList();
        Assert.All(notices, n => Assert.Equal(StreamNoticeKind.Disconnected, n.Kind));
        var announced = notices.Select(n => double.Parse(n.Message.Split("reconnecting in ")[1].Split(' ')[0], CultureInfo.InvariantCulture)).ToList();
        Assert.All(announced, s => Assert.InRange(s, 0.001, 8));
        // Each announced wait is the one taken on the injected clock (no wall-clock sleep, no hidden randomness source).
        var waited = clock.Delays.Select(d => d.TotalSeconds).ToList();
        // Announced rounded to three decimals; the timer gets whole milliseconds.
        Assert.All(announced.Take(5), s => Assert.True(waited.Any(w => Math.Abs(w - s) <= 0.0011), $"announced {s} s; waited {string.Join(", ", waited)}; all announced {string.Join(", ", announced)}"));
        Assert.True(announced.Distinct().Count() > 1, "jitter should vary the waits");
    }

    [Fact]
    public async Task A_connect_refused_after_the_subscriber_left_does_not_surface_from_the_stream()
    {
        // The last connect can fail just after the subscriber cancelled (CI hit this with a refused socket); that refusal
        // is nobody's business any more, so the subscriber sees only its own cancellation.
        using var leave = new CancellationTokenSource();
        var protocol = new RefusingProtocol(leave);
        var clock = new FastForwardTimeProvider(DateTimeOffset.UnixEpoch);
        var options = TestClients.Options(new Uri("http://127.0.0.1:1/"), o => o.ReconnectBaseDelay = TimeSpan.FromMilliseconds(1));
        var rest = MarketDataClients.Create(Exchange.Binance, options, new HttpClient(), clock);
        var stream = new WebSocketMarketStream(protocol, rest, options, clock);

        var seen = new List<StreamMessage>();
        var ended = await Record.ExceptionAsync(async () =>
        {
            await foreach (var m in stream.SubscribeAsync(new StreamRequest(new Symbol("BNB", "BTC"), StreamChannel.Trades), leave.Token))
            {
                seen.Add(m);
            }
        });

        Assert.Equal(2, protocol.Attempts);
        Assert.IsAssignableFrom<OperationCanceledException>(ended);
        Assert.Equal(StreamNoticeKind.Disconnected, Assert.IsType<StreamNotice>(Assert.Single(seen)).Kind);
    }

    /// <summary>Refuses every connection; the second refusal comes just after the subscriber cancelled.</summary>
    private sealed class RefusingProtocol(CancellationTokenSource subscriber) : IStreamProtocol
    {
        public int Attempts { get; private set; }

        public Exchange Exchange => Exchange.Binance;

        public (string Message, TimeSpan Interval)? KeepAlive => null;

        public bool BookNeedsRestSnapshot => false;

        public ValueTask<Uri> ResolveUrlAsync(CancellationToken cancellationToken)
        {
            if (++Attempts == 2)
            {
                subscriber.Cancel();
            }

            throw new InvalidOperationException("connection refused");
        }

        public IReadOnlyList<string> SubscribeMessages(StreamRequest request) => [];

        public ProtocolOutput Handle(string frame, StreamRequest request) => throw new NotSupportedException();
    }
}
