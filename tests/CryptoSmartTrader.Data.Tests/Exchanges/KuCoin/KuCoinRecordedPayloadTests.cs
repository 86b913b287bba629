using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

namespace CryptoSmartTrader.Data.Tests.Exchanges.KuCoin;

/// <summary>The real KuCoin adapter against the recorded Kucoin.Net payloads (values read off the files by hand).</summary>
public sealed class KuCoinRecordedPayloadTests : IAsyncLifetime
{
    private const string Dir = "Kucoin/Endpoints/Spot/ExchangeData";
    private static readonly Symbol BtcUsdt = new("BTC", "USDT");
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private IMarketDataClient Client(DateTimeOffset now) => TestClients.Create(Exchange.KuCoin, _server, new FastForwardTimeProvider(now));

    [Fact]
    public async Task Symbols_carry_increments_minimums_and_status()
    {
        _server.MapRecorded(Dir, "GetSymbols.txt");
        var markets = (await Client(DateTimeOffset.UnixEpoch).GetMarketsAsync()).Value;

        Assert.Equal(2, markets.Count);
        var xlm = markets[0];
        Assert.Equal(new Symbol("XLM", "USDT"), xlm.Symbol);
        Assert.Equal("XLM-USDT", xlm.NativeId);
        Assert.Equal(0.000001m, xlm.PriceTick);
        Assert.Equal(0.0001m, xlm.SizeStep);
        Assert.Equal(0.1m, xlm.MinSize);
        Assert.Equal(0.1m, xlm.MinNotional);
        Assert.Equal(MarketStatus.Trading, xlm.Status);
        Assert.Equal(0.0000001m, markets[1].PriceTick);
    }

    [Fact]
    public async Task Candles_reorder_newest_first_rows_and_map_open_close_high_low()
    {
        _server.MapRecorded(Dir, "GetKlines.txt");
        var first = DateTimeOffset.FromUnixTimeSeconds(1545904920);
        var candles = (await Client(first.AddMinutes(2)).GetCandlesAsync(BtcUsdt, Timeframe.M1, first)).Value;

        // Rows are [time, open, close, high, low, volume, turnover].
        Assert.Equal(2, candles.Count);
        Assert.Equal(Candle.Create(Timeframe.M1, first, 0.058m, 0.072m, 0.058m, 0.072m, 0.103m), candles[0]);
        Assert.Equal(Candle.Create(Timeframe.M1, first.AddMinutes(1), 0.058m, 0.058m, 0.049m, 0.049m, 0.018m), candles[1]);
        Assert.Equal("/api/v1/market/candles?type=1min&symbol=BTC-USDT&startAt=1545904920&endAt=1545905040", _server.Requests.Single());
    }

    [Fact]
    public async Task Long_ranges_are_walked_in_1500_bar_chunks()
    {
        _server.MapJson("/api/v1/market/candles", """{"code":"200000","data":[]}""");
        var since = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000 - (1_700_000_000 % 3600));
        var candles = (await Client(since.AddHours(3000)).GetCandlesAsync(BtcUsdt, Timeframe.H1, since)).Value;

        Assert.Empty(candles);
        var requests = _server.Requests.ToList();
        Assert.Equal(2, requests.Count);
        Assert.EndsWith($"startAt={since.ToUnixTimeSeconds()}&endAt={since.AddHours(1500).ToUnixTimeSeconds()}", requests[0]);
        Assert.EndsWith($"startAt={since.AddHours(1500).ToUnixTimeSeconds()}&endAt={since.AddHours(3000).ToUnixTimeSeconds()}", requests[1]);
    }

    [Fact]
    public async Task Stats_give_the_24h_ticker()
    {
        _server.MapRecorded(Dir, "Get24HourStats.txt");
        var t = (await Client(DateTimeOffset.UnixEpoch).GetTickerAsync(BtcUsdt)).Value;

        Assert.Equal(11328.9m, t.Bid);
        Assert.Equal(11329m, t.Ask);
        Assert.Equal(2282.70993217m, t.BaseVolume);
        Assert.Equal(25984946.157790431m, t.QuoteVolume);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1602832092060), t.Time);
    }

    [Fact]
    public async Task All_tickers_are_parsed()
    {
        _server.MapRecorded(Dir, "GetTickers.txt");
        var t = Assert.Single((await Client(DateTimeOffset.UnixEpoch).GetTickersAsync()).Value);
        Assert.Equal(BtcUsdt, t.Symbol);
        Assert.Equal(25984946.157790431m, t.QuoteVolume);
    }

    [Fact]
    public async Task Recorded_book_with_unsorted_asks_is_rejected_not_repaired()
    {
        // The documentation example lists asks 6500.16 then 6500.15: descending, which a real ask side never is.
        _server.MapRecorded(Dir, "GetAggregatedPartialOrderBook.txt");
        var result = await Client(DateTimeOffset.UnixEpoch).GetOrderBookAsync(BtcUsdt, 20);

        Assert.False(result.IsSuccess);
        Assert.Equal(ExchangeErrorKind.Invalid, result.Error.Kind);
        Assert.Contains("asks must be sorted ascending", result.Error.Message);
    }

    [Fact]
    public async Task Book_with_sorted_levels_keeps_sequence()
    {
        var full = RecordedPayload.Load(Dir, "GetAggregatedFullOrderBook.txt");
        _server.MapJson("/api/v1/market/orderbook/level2_20", full.Body.Replace("""["6500.16", "0.57753524"],""", "").Replace(
            """["6500.15", "0.57753524"]""", """["6500.15", "0.57753524"], ["6500.16", "0.57753524"]"""));
        var book = (await Client(DateTimeOffset.UnixEpoch).GetOrderBookAsync(BtcUsdt, 20)).Value;

        Assert.Equal(3262786978, book.Sequence);
        Assert.Equal(6500.12m, book.BestBid!.Value.Price);
        Assert.Equal(6500.15m, book.BestAsk!.Value.Price);
    }

    [Fact]
    public async Task Trade_history_uses_nanosecond_times_and_taker_side()
    {
        _server.MapRecorded(Dir, "GetTradeHistory.txt");
        var trades = (await Client(DateTimeOffset.UnixEpoch).GetRecentTradesAsync(BtcUsdt, 100)).Value;

        Assert.Equal(2, trades.Count);
        Assert.Equal(TakerSide.Buy, trades[0].Side);
        Assert.Equal(0.07m, trades[0].Price);
        Assert.Equal("1545896668571", trades[0].TradeId);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddTicks(1545904567062140823 / 100), trades[0].Time);
    }
}
