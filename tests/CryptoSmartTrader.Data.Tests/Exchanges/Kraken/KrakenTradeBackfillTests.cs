using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Kraken;

/// <summary>History older than Kraken's 720-bar OHLC window is rebuilt from the trade tape, paging with <c>last</c>.</summary>
public sealed class KrakenTradeBackfillTests : IAsyncLifetime
{
    private const string Dir = "Kraken/Endpoints/Spot/ExchangeData";
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Older_history_is_built_from_trades_only_where_trades_exist()
    {
        _server.MapRecorded(Dir, "GetKlines.txt");
        var trades = RecordedPayload.Load(Dir, "GetTradeHistory.txt");
        _server.Map("/0/public/Trades",
            Reply.Json(trades.Body),
            Reply.Json("""{"error":[],"result":{"XXBTZUSD":[],"last":"1688671969993150842"}}"""));
        var now = DateTimeOffset.FromUnixTimeSeconds(1688673600);          // 2023-07-06T20:00Z
        var since = DateTimeOffset.FromUnixTimeSeconds(1688626800);        // 13 h earlier: beyond 720 one-minute bars
        var client = TestClients.Create(Exchange.Kraken, _server, new FastForwardTimeProvider(now));

        var candles = (await client.GetCandlesAsync(new Symbol("BTC", "USD"), Timeframe.M1, since)).Value;

        // Three recorded trades (1688669597.8 b 30243.4 × 0.34507674, 1688669598.3 s 30243.3 × 0.0037696,
        // 1688669602.7 s 30243.3 × 0.01235716) fall in the minute opening 1688669580; by hand: O 30243.4 H 30243.4
        // L 30243.3 C 30243.3 V 0.3612035. No other minute before the OHLC window has trades, so no other bar exists.
        Assert.Equal(5, candles.Count);
        Assert.Equal(Candle.Create(Timeframe.M1, DateTimeOffset.FromUnixTimeSeconds(1688669580), 30243.4m, 30243.4m, 30243.3m, 30243.3m, 0.3612035m),
            candles[0]);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1688671200), candles[1].OpenTime);
        var tradeRequests = _server.Requests.Where(r => r.StartsWith("/0/public/Trades", StringComparison.Ordinal)).ToList();
        Assert.Equal("/0/public/Trades?pair=XBTUSD&since=1688626800&count=1000", tradeRequests[0]);
        Assert.Equal("/0/public/Trades?pair=XBTUSD&since=1688671969993150842&count=1000", tradeRequests[1]);
        Assert.Equal(2, tradeRequests.Count);
    }
}
