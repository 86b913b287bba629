using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Htx;

/// <summary>The real HTX adapter against the recorded HTX.Net payloads (values read off the files by hand).</summary>
public sealed class HtxRecordedPayloadTests : IAsyncLifetime
{
    private const string Dir = "HTX/Endpoints/Spot/ExchangeData";
    private static readonly Symbol BtcUsdt = new("BTC", "USDT");
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private IMarketDataClient Client(DateTimeOffset now) => TestClients.Create(Exchange.Htx, _server, new FastForwardTimeProvider(now));

    [Fact]
    public async Task Market_symbols_carry_precision_minimums_and_state()
    {
        _server.MapRecorded(Dir, "GetSymbolConfig.txt");
        var m = Assert.Single((await Client(DateTimeOffset.UnixEpoch).GetMarketsAsync()).Value);

        Assert.Equal(new Symbol("BTC3L", "USDT"), m.Symbol);
        Assert.Equal("btc3lusdt", m.NativeId);
        Assert.Equal(0.0001m, m.PriceTick);
        Assert.Equal(0.0001m, m.SizeStep);
        Assert.Equal(0.01m, m.MinSize);
        Assert.Equal(5m, m.MinNotional);
        Assert.Equal(MarketStatus.Trading, m.Status);
    }

    [Fact]
    public async Task Klines_use_amount_as_base_volume_and_come_back_ascending()
    {
        _server.MapRecorded(Dir, "GetKlines.txt");
        var first = DateTimeOffset.FromUnixTimeSeconds(1629768900);
        var candles = (await Client(first.AddMinutes(10)).GetCandlesAsync(BtcUsdt, Timeframe.M5, first)).Value;

        Assert.Equal(2, candles.Count);
        Assert.Equal(Candle.Create(Timeframe.M5, first, 48994.61m, 49072.46m, 48966.72m, 49056.37m, 30.72223099519689m), candles[0]);
        Assert.Equal(Candle.Create(Timeframe.M5, first.AddMinutes(5), 49056.37m, 49056.38m, 49022.86m, 49025.51m, 3.946281917950917m), candles[1]);
        Assert.Equal("/market/history/kline?symbol=btcusdt&period=5min&size=3", _server.Requests.Single());
    }

    [Fact]
    public async Task Merged_detail_gives_bid_ask_and_volumes()
    {
        _server.MapRecorded(Dir, "GetTicker.txt");
        var t = (await Client(DateTimeOffset.UnixEpoch).GetTickerAsync(BtcUsdt)).Value;

        Assert.Equal(49819.48m, t.Bid);
        Assert.Equal(49819.49m, t.Ask);
        Assert.Equal(49820.92m, t.Last);
        Assert.Equal(12055.365781937457m, t.BaseVolume);
        Assert.Equal(598561868.5709001m, t.QuoteVolume);
    }

    [Fact]
    public async Task Tickers_map_concatenated_ids()
    {
        _server.MapRecorded(Dir, "GetTickers.txt");
        var tickers = (await Client(DateTimeOffset.UnixEpoch).GetTickersAsync()).Value;

        Assert.Equal([new Symbol("SMT", "USDT"), new Symbol("LTC", "HT")], tickers.Select(t => t.Symbol));
        Assert.Equal(170526.0643855023m, tickers[0].QuoteVolume);
        Assert.Equal(0.004651m, tickers[0].Bid);
    }

    [Fact]
    public async Task Depth_keeps_version_as_sequence()
    {
        _server.MapRecorded(Dir, "GetOrderBook.txt");
        var book = (await Client(DateTimeOffset.UnixEpoch).GetOrderBookAsync(BtcUsdt, 5)).Value;

        Assert.Equal(136107114472, book.Sequence);
        Assert.Equal(5, book.Bids.Count);
        Assert.Equal(new BookLevel(49790.87m, 0.779876m), book.BestBid);
        Assert.Equal(new BookLevel(49790.88m, 2.980472m), book.BestAsk);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1629790438215), book.Time);
    }

    [Fact]
    public async Task Trade_history_flattens_groups_oldest_first()
    {
        _server.MapRecorded(Dir, "GetTradeHistory.txt");
        var trades = (await Client(DateTimeOffset.UnixEpoch).GetRecentTradesAsync(BtcUsdt, 10)).Value;

        Assert.Equal(3, trades.Count);
        Assert.Equal("102517381182", trades[2].TradeId);
        Assert.Equal(49656.4m, trades[2].Price);
        Assert.Equal(0.000124m, trades[2].Size);
        Assert.All(trades, t => Assert.Equal(TakerSide.Buy, t.Side));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1629793656198), trades[0].Time);
    }

    [Fact]
    public async Task Last_trade_payload_has_the_same_trade_shape()
    {
        var recorded = RecordedPayload.Load(Dir, "GetLastTrade.txt");
        // /market/trade wraps the same trade objects in "tick"; re-wrap them as a history page.
        var body = recorded.Body.Replace("\"tick\": {", "\"data\": [{").TrimEnd().TrimEnd('}').TrimEnd() + "]}";
        _server.MapJson("/market/history/trade", body);
        var trades = (await Client(DateTimeOffset.UnixEpoch).GetRecentTradesAsync(BtcUsdt, 10)).Value;

        Assert.Equal(2, trades.Count);
        Assert.All(trades, t => Assert.Equal(49806m, t.Price));
    }
}
