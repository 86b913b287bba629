using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using static CryptoSmartTrader.Data.Tests.Exchanges.Derivatives.DerivativesTestClients;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Derivatives;

/// <summary>The derivatives clients go through the spot transport: retries, Retry-After and request pacing on the injected clock.</summary>
public sealed class DerivativesResilienceTests : IAsyncLifetime
{
    private static readonly Symbol BtcUsdt = new("BTC", "USDT");
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Server_errors_are_retried_with_backoff_then_succeed()
    {
        const string path = "/linear-swap-api/v1/swap_historical_funding_rate";
        _server.Map(path, Reply.Status(503), Reply.Json(RecordedPayload.Load("HTX/Endpoints/UsdtMarginSwap/ExchangeData/GetHistoricalFundingRates.txt").Body));
        var clock = new FastForwardTimeProvider(Ms(1603696680599));

        // since after the recorded event: one page answers it (no paging to total_page).
        var result = await Create(Exchange.Htx, _server, clock).GetFundingHistoryAsync(BtcUsdt, Ms(1603670400001));

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(2, _server.CountRequests(path));
        Assert.True(Assert.Single(clock.Delays) > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_retry_after_beyond_the_allowed_wait_fails_at_once_as_rate_limited()
    {
        _server.Map("/fapi/v1/fundingRate", Reply.Status(429, ("Retry-After", "3600")));
        var result = await Create(Exchange.Binance, _server, new FastForwardTimeProvider(Ms(1698900000000))).GetFundingHistoryAsync(BtcUsdt, Ms(1698700000000));

        Assert.Equal(ExchangeErrorKind.RateLimited, result.Error!.Kind);
        Assert.Equal(1, _server.CountRequests("/fapi/v1/fundingRate"));
    }

    [Fact]
    public async Task Requests_beyond_the_weight_budget_wait_for_the_window()
    {
        _server.MapRecorded("Binance/Endpoints/UsdFutures/ExchangeData/GetFundingRates.txt");
        var clock = new FastForwardTimeProvider(Ms(1698900000000));
        var client = Create(Exchange.Binance, _server, clock, o => (o.RateLimit, o.RateLimitWindow) = (2, TimeSpan.FromSeconds(30)));

        for (var i = 0; i < 3; i++)
        {
            Assert.True((await client.GetFundingHistoryAsync(BtcUsdt, Ms(1698700000000))).IsSuccess);
        }

        // Two requests of weight 1 fill the budget; the third waits out the window (the clock stood still meanwhile).
        var wait = Assert.Single(clock.Delays);
        Assert.InRange(wait, TimeSpan.FromSeconds(29), TimeSpan.FromSeconds(31));
    }
}
