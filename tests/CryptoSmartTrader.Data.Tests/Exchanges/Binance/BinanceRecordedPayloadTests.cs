using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Binance;

/// <summary>The real Binance adapter against the recorded Binance.Net payloads (values read off the files by hand).</summary>
public sealed class BinanceRecordedPayloadTests : IAsyncLifetime
{
    private const string Dir = "Binance/Endpoints/Spot/ExchangeData";
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private IMarketDataClient Client(DateTimeOffset now) => TestClients.Create(Exchange.Binance, _server, new FastForwardTimeProvider(now));

    [Fact]
    public async Task Exchange_info_maps_symbols_status_and_falls_back_to_asset_precision()
    {
        _server.MapRecorded(Dir, "GetExchangeInfo.txt");
        var m = Assert.Single((await Client(DateTimeOffset.UnixEpoch).GetMarketsAsync()).Value);

        Assert.Equal(new Symbol("ETH", "BTC"), m.Symbol);
        Assert.Equal("ETHBTC", m.NativeId);
        Assert.Equal(MarketStatus.Trading, m.Status);
        Assert.Equal(0.00000001m, m.PriceTick); // no PRICE_FILTER in the payload: quoteAssetPrecision 8
        Assert.Null(m.MinNotional);
    }

    [Fact]
    public async Task Klines_page_from_since_and_are_stamped_open_and_close()
    {
        _server.MapRecorded(Dir, "GetKlines.txt");
        var open = DateTimeOffset.FromUnixTimeMilliseconds(1499040000000); // Monday 2017-07-03
        var candles = (await Client(open.AddDays(8)).GetCandlesAsync(new Symbol("ETH", "BTC"), Timeframe.W1, open)).Value;

        var c = Assert.Single(candles);
        Assert.Equal(Candle.Create(Timeframe.W1, open, 0.01634790m, 0.80000000m, 0.01575800m, 0.01577100m, 148976.11427815m), c);
        // Binance's own closeTime is 1499644799999, i.e. our exclusive close minus 1 ms.
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1499644800000), c.CloseTime);
        Assert.StartsWith("/api/v3/klines?symbol=ETHBTC&interval=1w&startTime=1499040000000&endTime=", _server.Requests.Single());
    }

    [Fact]
    public async Task Ticker_reads_bid_ask_and_both_volumes()
    {
        _server.MapRecorded(Dir, "GetTicker.txt");
        var t = (await Client(DateTimeOffset.UnixEpoch).GetTickerAsync(new Symbol("BNB", "BTC"))).Value;

        Assert.Equal(4.00000000m, t.Bid);
        Assert.Equal(4.00000200m, t.Ask);
        Assert.Equal(4.00000200m, t.Last);
        Assert.Equal(8913.30000000m, t.BaseVolume);
        Assert.Equal(15.30000000m, t.QuoteVolume);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1499869899040), t.Time);
    }

    [Fact]
    public async Task All_tickers_accept_the_single_object_shape_too()
    {
        _server.MapRecorded(Dir, "GetTicker.txt");
        var t = Assert.Single((await Client(DateTimeOffset.UnixEpoch).GetTickersAsync()).Value);
        Assert.Equal(new Symbol("BNB", "BTC"), t.Symbol);
    }

    [Fact]
    public async Task Recent_trades_derive_taker_side_from_is_buyer_maker()
    {
        _server.MapRecorded(Dir, "GetRecentTrades.txt");
        var t = Assert.Single((await Client(DateTimeOffset.UnixEpoch).GetRecentTradesAsync(new Symbol("BNB", "BTC"), 10)).Value);

        Assert.Equal(TakerSide.Sell, t.Side); // isBuyerMaker: true, so the seller was the taker
        Assert.Equal(4.00000100m, t.Price);
        Assert.Equal(12m, t.Size);
        Assert.Equal("28457", t.TradeId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1499865549590), t.Time);
    }

    [Fact]
    public async Task Historical_trades_payload_has_the_same_shape()
    {
        var recorded = RecordedPayload.Load(Dir, "GetTradeHistory.txt");
        _server.MapJson("/api/v3/trades", recorded.Body);
        var t = Assert.Single((await Client(DateTimeOffset.UnixEpoch).GetRecentTradesAsync(new Symbol("BNB", "BTC"), 10)).Value);
        Assert.Equal(28457.ToString(System.Globalization.CultureInfo.InvariantCulture), t.TradeId);
    }

    [Fact]
    public async Task Depth_keeps_last_update_id_as_sequence()
    {
        // Binance.Net records no spot depth; the USD-M futures depth body has the same lastUpdateId/bids/asks shape.
        var recorded = RecordedPayload.Load("Binance/Endpoints/UsdFutures/ExchangeData/GetOrderBook.txt");
        _server.MapJson("/api/v3/depth", recorded.Body);
        var book = (await Client(DateTimeOffset.UnixEpoch).GetOrderBookAsync(new Symbol("BNB", "BTC"), 5)).Value;

        Assert.Equal(1027024, book.Sequence);
        Assert.Equal(new BookLevel(4.00000000m, 431.00000000m), book.BestBid);
        Assert.Equal(new BookLevel(4.00000200m, 12.00000000m), book.BestAsk);
        Assert.Equal("/api/v3/depth?symbol=BNBBTC&limit=5", _server.Requests.Single());
    }
}
