using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.RateLimiting;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

namespace CryptoSmartTrader.Data.Tests.Exchanges.RateLimiting;

public sealed class RateLimiterTests
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 10, TimeSpan.Zero);

    [Fact]
    public async Task Window_budget_makes_the_overflowing_request_wait_for_the_next_window()
    {
        var clock = new FastForwardTimeProvider(Start);
        var limiter = new WindowLimiter(10, TimeSpan.FromMinutes(1), clock);

        await limiter.WaitAsync(6, CancellationToken.None);
        await limiter.WaitAsync(6, CancellationToken.None);

        // 6 + 6 > 10: the second waited from 00:00:10 to just past the window end at 00:01:00.
        Assert.Equal(TimeSpan.FromSeconds(50) + TimeSpan.FromMilliseconds(1), Assert.Single(clock.Delays));
        Assert.Equal(6, limiter.Used);
    }

    [Fact]
    public async Task Kraken_counter_decays_at_its_rate()
    {
        var clock = new FastForwardTimeProvider(Start);
        var limiter = new DecayingCounterLimiter(15, 0.5, clock);
        for (var i = 0; i < 15; i++)
        {
            await limiter.WaitAsync(1, CancellationToken.None);
        }

        Assert.Empty(clock.Delays);
        await limiter.WaitAsync(1, CancellationToken.None);

        // One more unit needs one unit of decay: 2 s at 0.5/s.
        Assert.Equal(TimeSpan.FromSeconds(2), Assert.Single(clock.Delays));
    }

    [Fact]
    public async Task Binance_used_weight_header_is_honoured()
    {
        await using var server = await LoopbackServer.StartAsync();
        var ticker = RecordedPayload.Load("Binance/Endpoints/Spot/ExchangeData/GetTicker.txt").Body;
        server.Map("/api/v3/ticker/24hr", Reply.Json(ticker, 200, ("X-MBX-USED-WEIGHT-1M", "999")));
        var clock = new FastForwardTimeProvider(Start);
        var client = TestClients.Create(Exchange.Binance, server, clock, o => o.RateLimit = 1000);

        Assert.True((await client.GetTickerAsync(new Symbol("BNB", "BTC"))).IsSuccess);
        Assert.Empty(clock.Delays);
        // The venue says 999 of 1000 are used; the next call (weight 2) must wait for the next minute.
        Assert.True((await client.GetTickerAsync(new Symbol("BNB", "BTC"))).IsSuccess);
        Assert.Equal(TimeSpan.FromSeconds(50) + TimeSpan.FromMilliseconds(1), Assert.Single(clock.Delays));
    }
}
