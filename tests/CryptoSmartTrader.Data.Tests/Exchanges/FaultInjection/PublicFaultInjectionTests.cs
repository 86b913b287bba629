using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

namespace CryptoSmartTrader.Data.Tests.Exchanges.FaultInjection;

/// <summary>
/// Connection resets and cut-off or garbled payloads against the public market-data adapters (429, 5xx, timeouts and the
/// circuit breaker are in <c>Http/ResilienceTests</c>): transport faults are retried, a complete but unreadable answer is not.
/// </summary>
public sealed class PublicFaultInjectionTests : IAsyncLifetime
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

    [Fact]
    public async Task Connection_resets_are_retried_then_succeed()
    {
        _server.Map(TickerPath, Reply.Reset(), Reply.Reset(), Reply.Json(_ticker));
        var clock = new FastForwardTimeProvider(DateTimeOffset.UnixEpoch);

        var result = await TestClients.Create(Exchange.Binance, _server, clock).GetTickerAsync(BnbBtc);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(3, _server.CountRequests(TickerPath));
        Assert.Equal(2, clock.Delays.Count);
    }

    [Fact]
    public async Task A_body_cut_off_mid_transfer_is_retried_then_succeeds()
    {
        _server.Map(TickerPath, Reply.CutOff(_ticker, 50), Reply.Json(_ticker));

        var result = await TestClients.Create(Exchange.Binance, _server, new FastForwardTimeProvider(DateTimeOffset.UnixEpoch)).GetTickerAsync(BnbBtc);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(2, _server.CountRequests(TickerPath));
    }

    [Fact]
    public async Task Persistent_resets_end_as_a_network_error_after_the_retries()
    {
        _server.Map(TickerPath, Reply.Reset());

        var result = await TestClients.Create(Exchange.Binance, _server, new FastForwardTimeProvider(DateTimeOffset.UnixEpoch)).GetTickerAsync(BnbBtc);

        Assert.Equal(ExchangeErrorKind.Network, result.Error!.Kind);
        Assert.Equal(4, _server.CountRequests(TickerPath));
    }

    [Fact]
    public async Task A_complete_answer_with_truncated_json_is_malformed_and_not_retried()
    {
        _server.Map(TickerPath, Reply.Json(_ticker[..(_ticker.Length / 2)]));

        var result = await TestClients.Create(Exchange.Binance, _server, new FastForwardTimeProvider(DateTimeOffset.UnixEpoch)).GetTickerAsync(BnbBtc);

        Assert.Equal(ExchangeErrorKind.Malformed, result.Error!.Kind);
        Assert.Equal(1, _server.CountRequests(TickerPath));
    }
}
