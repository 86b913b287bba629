using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Binance;

/// <summary>Kline pages continue from the close of the last bar received until a short page arrives.</summary>
public sealed class BinanceKlinePagingTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Full_page_moves_the_cursor_to_the_next_open_and_a_short_page_ends_paging()
    {
        var recorded = RecordedPayload.Load("Binance/Endpoints/Spot/ExchangeData/GetKlines.txt");
        _server.Map("/api/v3/klines", Reply.Json(recorded.Body), Reply.Json("[]"));
        var open = DateTimeOffset.FromUnixTimeMilliseconds(1499040000000);
        var client = TestClients.Create(Exchange.Binance, _server, new FastForwardTimeProvider(open.AddDays(30)), o => o.CandlePageSize = 1);

        var candles = (await client.GetCandlesAsync(new Symbol("ETH", "BTC"), Timeframe.W1, open)).Value;

        Assert.Single(candles);
        var requests = _server.Requests.ToList();
        Assert.Equal(2, requests.Count);
        Assert.Contains("startTime=1499040000000", requests[0]);
        Assert.Contains("&limit=1", requests[0]);
        Assert.Contains("startTime=1499644800000", requests[1]); // 1499040000000 + 7 days: where the received bar closes
    }

    [Fact]
    public async Task Conflicting_bars_for_one_open_time_across_pages_are_rejected()
    {
        var recorded = RecordedPayload.Load("Binance/Endpoints/Spot/ExchangeData/GetKlines.txt");
        var changed = recorded.Body.Replace("\"0.01577100\"", "\"0.01577200\""); // same open time, different close
        _server.Map("/api/v3/klines", Reply.Json(recorded.Body), Reply.Json(changed), Reply.Json("[]"));
        var open = DateTimeOffset.FromUnixTimeMilliseconds(1499040000000);
        var client = TestClients.Create(Exchange.Binance, _server, new FastForwardTimeProvider(open.AddDays(30)), o => o.CandlePageSize = 1);

        var result = await client.GetCandlesAsync(new Symbol("ETH", "BTC"), Timeframe.W1, open);

        Assert.Equal(ExchangeErrorKind.Invalid, result.Error!.Kind);
        Assert.Contains("two different bars", result.Error.Message);
    }
}
