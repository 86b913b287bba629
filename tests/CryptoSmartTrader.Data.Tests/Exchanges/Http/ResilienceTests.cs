using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Http;

/// <summary>Retries, Retry-After, circuit breaker and timeouts, over real HTTP. Delays are read from the clock, never timed.</summary>
public sealed class ResilienceTests : IAsyncLifetime
{
    private const string TickerPath = "/api/v3/ticker/24hr";
    private static readonly Symbol BnbBtc = new("BNB", "BTC");
    private LoopbackServer _server = null!;
    private string _ticker = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _ticker = RecordedPayload.Load("Binance/Endpoints/Spot/ExchangeData/GetTicker.txt").Body;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData(429)]
    [InlineData(418)]
    public async Task Rate_limit_with_retry_after_waits_exactly_that_long_then_succeeds(int status)
    {
        _server.Map(TickerPath, Reply.Status(status, ("Retry-After", "7")), Reply.Json(_ticker));
        var clock = new FastForwardTimeProvider(DateTimeOffset.UnixEpoch);
        var result = await TestClients.Create(Exchange.Binance, _server, clock).GetTickerAsync(BnbBtc);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(2, _server.CountRequests(TickerPath));
        Assert.Contains(TimeSpan.FromSeconds(7), clock.Delays);
    }

    [Fact]
    public async Task Retry_after_beyond_the_allowed_wait_fails_at_once_as_rate_limited()
    {
        _server.Map(TickerPath, Reply.Status(429, ("Retry-After", "3600")), Reply.Json(_ticker));
        var clock = new FastForwardTimeProvider(DateTimeOffset.UnixEpoch);
        var result = await TestClients.Create(Exchange.Binance, _server, clock).GetTickerAsync(BnbBtc);

        Assert.Equal(ExchangeErrorKind.RateLimited, result.Error!.Kind);
        Assert.Contains("3600", result.Error.Message);
        Assert.Equal(1, _server.CountRequests(TickerPath));
    }

    [Fact]
    public async Task Server_errors_are_retried_with_growing_backoff_then_succeed()
    {
        _server.Map(TickerPath, Reply.Status(503), Reply.Status(502), Reply.Json(_ticker));
        var clock = new FastForwardTimeProvider(DateTimeOffset.UnixEpoch);
        var result = await TestClients.Create(Exchange.Binance, _server, clock).GetTickerAsync(BnbBtc);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(3, _server.CountRequests(TickerPath));
        Assert.Equal(2, clock.Delays.Count);
        Assert.All(clock.Delays, d => Assert.True(d > TimeSpan.Zero && d <= TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Persistent_server_errors_exhaust_retries_as_http_error()
    {
        _server.Map(TickerPath, Reply.Status(500));
        var result = await TestClients.Create(Exchange.Binance, _server, new FastForwardTimeProvider(DateTimeOffset.UnixEpoch)).GetTickerAsync(BnbBtc);

        Assert.Equal(ExchangeErrorKind.Http, result.Error!.Kind);
        Assert.Equal("500", result.Error.Code);
        Assert.Equal(4, _server.CountRequests(TickerPath)); // first try + 3 retries
    }

    [Fact]
    public async Task Circuit_opens_after_repeated_failures_and_then_fails_fast()
    {
        _server.Map(TickerPath, Reply.Status(500));
        var clock = new FastForwardTimeProvider(DateTimeOffset.UnixEpoch);
        var client = TestClients.Create(Exchange.Binance, _server, clock, o =>
        {
            o.CircuitMinimumThroughput = 2;
            o.CircuitBreakDuration = TimeSpan.FromMinutes(5);
        });

        var first = await client.GetTickerAsync(BnbBtc);
        var second = await client.GetTickerAsync(BnbBtc);

        Assert.Equal(ExchangeErrorKind.CircuitOpen, first.Error!.Kind);
        Assert.Equal(ExchangeErrorKind.CircuitOpen, second.Error!.Kind);
        Assert.Equal(2, _server.CountRequests(TickerPath)); // the open circuit sent nothing more
    }

    [Fact]
    public async Task Circuit_closes_again_after_the_break_when_the_venue_recovers()
    {
        _server.Map(TickerPath, Reply.Status(500), Reply.Status(500), Reply.Json(_ticker));
        var clock = new FastForwardTimeProvider(DateTimeOffset.UnixEpoch);
        var client = TestClients.Create(Exchange.Binance, _server, clock, o =>
        {
            o.CircuitMinimumThroughput = 2;
            o.CircuitBreakDuration = TimeSpan.FromMinutes(5);
        });

        Assert.Equal(ExchangeErrorKind.CircuitOpen, (await client.GetTickerAsync(BnbBtc)).Error!.Kind);
        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.True((await client.GetTickerAsync(BnbBtc)).IsSuccess);
    }

    [Fact]
    public async Task Attempt_timeout_is_a_typed_error()
    {
        _server.Map(TickerPath, Reply.Hang(TimeSpan.FromSeconds(30)));
        var client = TestClients.Create(Exchange.Binance, _server, TimeProvider.System, o =>
        {
            o.Timeout = TimeSpan.FromMilliseconds(200);
            o.MaxRetries = 0;
        });

        var result = await client.GetTickerAsync(BnbBtc);
        Assert.Equal(ExchangeErrorKind.Timeout, result.Error!.Kind);
    }

    [Fact]
    public async Task Unreachable_host_is_a_network_error()
    {
        var port = _server.BaseUrl.Port;
        await _server.DisposeAsync();
        var client = MarketDataClients.Create(Exchange.Binance,
            TestClients.Options(new Uri($"http://127.0.0.1:{port}/"), o => o.MaxRetries = 1),
            new HttpClient(), new FastForwardTimeProvider(DateTimeOffset.UnixEpoch));

        var result = await client.GetTickerAsync(BnbBtc);
        Assert.Equal(ExchangeErrorKind.Network, result.Error!.Kind);
        _server = await LoopbackServer.StartAsync();
    }
}
