using CryptoSmartTrader.Bot.MarketData;
using CryptoSmartTrader.Bot.Tests.Live;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using CryptoSmartTrader.TestKit.Time;

namespace CryptoSmartTrader.Bot.Tests.MarketData;

/// <summary>
/// The live candle feed against Kraken's recorded OHLC payload (four 1m XBT/USD bars opening 19:20-19:23 UTC on
/// 2023-07-06; the last one is still open when the payload says so by its time). Expected values are read off the file.
/// </summary>
public sealed class LiveCandleFeedTests : IAsyncLifetime
{
    private static readonly Symbol Btc = new("BTC", "USD");
    private static readonly DateTimeOffset B2Close = DateTimeOffset.FromUnixTimeSeconds(1688671380);
    private static readonly DateTimeOffset B3Close = DateTimeOffset.FromUnixTimeSeconds(1688671440);
    private LoopbackServer _server = null!;
    private readonly List<string> _reports = [];

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _server.MapRecorded("Kraken/Endpoints/Spot/ExchangeData", "GetKlines.txt");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private (LiveCandleFeed Feed, LiveSeriesBook Book, GapBook Gaps) Feed(TimeProvider time)
    {
        var client = MarketDataClients.Create(Exchange.Kraken, LiveTestAccounts.Connection(_server.BaseUrl), new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, time);
        var book = new LiveSeriesBook(Exchange.Kraken, Timeframe.M1, [Btc]);
        var gaps = new GapBook(Exchange.Kraken, Timeframe.M1, [Btc]);
        var options = new MarketDataOptions { WarmupBars = 10, Retries = 1, RetryDelay = TimeSpan.Zero, BarsAfterGap = 5 };
        return (new LiveCandleFeed(client, Timeframe.M1, [Btc], book, gaps, options, time, _reports.Add), book, gaps);
    }

    [Fact]
    public async Task Warm_up_keeps_closed_bars_and_the_next_close_pushes_only_the_bar_that_closed_then_stamped_at_its_close()
    {
        var clock = new ManualTimeProvider(B2Close.AddSeconds(5));
        var (feed, book, gaps) = Feed(clock);

        Assert.Empty(await feed.WarmUpAsync(CancellationToken.None));
        Assert.Equal([1688671200L, 1688671260L, 1688671320L], book[0].AsEnumerable().Select(c => c.OpenTime.ToUnixTimeSeconds()));
        Assert.Equal(B3Close, feed.FirstClose());

        clock.SetUtcNow(B3Close.AddSeconds(2));
        var batch = await feed.PollAsync(B3Close, CancellationToken.None);

        Assert.NotNull(batch);
        Assert.Equal(B3Close, batch.CloseTime);
        var (index, bar) = Assert.Single(batch.Bars);
        Assert.Equal(0, index);
        Assert.Equal((1688671380_000L, 1688671440_000L), (bar.OpenTimeMs, bar.CloseTimeMs));
        Assert.Equal((30291.8, 30295.1, 30291.8, 30295.0, 1.01836275), (bar.Open, bar.High, bar.Low, bar.Close, bar.Volume));
        Assert.Empty(_reports);
        Assert.Null(gaps.VerdictAt(0, B3Close));
        Assert.Equal(4, book[0].Count);
    }

    [Fact]
    public async Task A_bar_the_exchange_never_sends_is_a_reported_gap_that_blocks_the_symbol_and_is_not_filled()
    {
        var clock = new ManualTimeProvider(B3Close.AddSeconds(5));
        var (feed, book, gaps) = Feed(clock);
        await feed.WarmUpAsync(CancellationToken.None);
        var next = B3Close.AddMinutes(1);
        clock.SetUtcNow(next.AddSeconds(2));

        var batch = await feed.PollAsync(next, CancellationToken.None);

        Assert.Null(batch);
        var report = Assert.Single(_reports);
        Assert.Contains("missing bar opening 2023-07-06T19:24Z", report, StringComparison.Ordinal);
        Assert.Contains("not filled, trading blocked until 2023-07-06T19:30Z", report, StringComparison.Ordinal);
        var verdict = gaps.VerdictAt(0, next);
        Assert.NotNull(verdict);
        Assert.False(verdict.Tradable);
        Assert.Null(gaps.VerdictAt(0, next.AddMinutes(5)));
        Assert.Equal(4, book[0].Count);
    }

    [Fact]
    public async Task A_feed_that_fell_behind_reports_old_bars_instead_of_trading_them()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1688671320).AddSeconds(5));
        var (feed, book, _) = Feed(clock);
        await feed.WarmUpAsync(CancellationToken.None); // b0, b1
        clock.SetUtcNow(B3Close.AddSeconds(90)); // b2 and b3 closed 150 s and 90 s ago; b4 (19:24) is due at 19:25
        var channel = System.Threading.Channels.Channel.CreateUnbounded<Backtesting.Live.BarBatch>();
        using var cts = new CancellationTokenSource();

        var run = feed.RunAsync(channel.Writer, cts.Token);
        await Replay.Waiting.For(() => _reports.Count >= 3, "the feed never caught up");
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        Assert.False(channel.Reader.TryRead(out _));
        Assert.Contains("bar closing 2023-07-06T19:23Z was read 2.5 min after its close (the feed fell behind); not traded", _reports[0], StringComparison.Ordinal);
        Assert.Contains("bar closing 2023-07-06T19:24Z was read 1.5 min after its close", _reports[1], StringComparison.Ordinal);
        Assert.Contains("missing bar opening 2023-07-06T19:24Z", _reports[2], StringComparison.Ordinal);
        Assert.Equal(4, book[0].Count); // the late bars are kept as history
    }

    [Fact]
    public async Task The_probe_names_an_unreachable_exchange_and_passes_a_reachable_one()
    {
        var clock = new ManualTimeProvider(B3Close.AddSeconds(2));
        var reachable = MarketDataClients.Create(Exchange.Kraken, LiveTestAccounts.Connection(_server.BaseUrl), new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, clock);
        Assert.Null(await FeedProbe.ProbeAsync(reachable, Btc, Timeframe.M1, clock, TimeSpan.FromSeconds(30), CancellationToken.None));

        var dead = await LoopbackServer.StartAsync();
        var deadUrl = dead.BaseUrl;
        await dead.DisposeAsync();
        var unreachable = MarketDataClients.Create(Exchange.Kraken, LiveTestAccounts.Connection(deadUrl), new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, clock);
        var reason = await FeedProbe.ProbeAsync(unreachable, Btc, Timeframe.M1, clock, TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.NotNull(reason);
        Assert.Contains("kraken did not serve BTC/USD 1m candles", reason, StringComparison.Ordinal);
        Assert.Contains("Network", reason, StringComparison.Ordinal);
    }
}
