using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Kraken;

/// <summary>The real Kraken adapter over HTTP against the recorded Kraken.Net payloads; expected values read off the files by hand.</summary>
public sealed class KrakenRecordedPayloadTests : IAsyncLifetime
{
    private const string Dir = "Kraken/Endpoints/Spot/ExchangeData";
    private static readonly Symbol BtcUsd = new("BTC", "USD");
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private IMarketDataClient Client(DateTimeOffset now) => TestClients.Create(Exchange.Kraken, _server, new FastForwardTimeProvider(now));

    [Fact]
    public async Task Asset_pairs_map_to_normalised_symbols_with_precision_and_minimums()
    {
        _server.MapRecorded(Dir, "GetSymbols.txt");
        var markets = (await Client(DateTimeOffset.UnixEpoch).GetMarketsAsync()).Value;

        var ethBtc = markets.Single(m => m.NativeId == "XETHXXBT");
        Assert.Equal(new Symbol("ETH", "BTC"), ethBtc.Symbol);
        Assert.Equal(0.00001m, ethBtc.PriceTick);
        Assert.Equal(0.00000001m, ethBtc.SizeStep);
        Assert.Equal(0.01m, ethBtc.MinSize);
        Assert.Equal(0.00002m, ethBtc.MinNotional);
        Assert.Equal(MarketStatus.Trading, ethBtc.Status);
        var btcUsd = markets.Single(m => m.NativeId == "XXBTZUSD");
        Assert.Equal(BtcUsd, btcUsd.Symbol);
        Assert.Equal(0.1m, btcUsd.PriceTick);
        Assert.Equal(0.5m, btcUsd.MinNotional);
    }

    [Fact]
    public async Task Ohlc_is_stamped_open_and_close_and_requests_since()
    {
        _server.MapRecorded(Dir, "GetKlines.txt");
        var since = DateTimeOffset.FromUnixTimeSeconds(1688671200);
        var candles = (await Client(DateTimeOffset.FromUnixTimeSeconds(1688671440)).GetCandlesAsync(BtcUsd, Timeframe.M1, since)).Value;

        Assert.Equal(4, candles.Count);
        Assert.Equal(Candle.Create(Timeframe.M1, since, 30306.1m, 30306.2m, 30305.7m, 30305.7m, 3.39243896m), candles[0]);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1688671440), candles[3].CloseTime);
        Assert.Equal(4.42996871m, candles[1].Volume);
        Assert.Contains(_server.Requests, r => r.StartsWith("/0/public/OHLC?pair=XBTUSD&interval=1&since=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Still_open_candle_is_excluded()
    {
        _server.MapRecorded(Dir, "GetKlines.txt");
        var now = DateTimeOffset.FromUnixTimeSeconds(1688671439); // one second before the last bar closes
        var candles = (await Client(now).GetCandlesAsync(BtcUsd, Timeframe.M1, DateTimeOffset.FromUnixTimeSeconds(1688671200))).Value;

        Assert.Equal(3, candles.Count);
        Assert.All(candles, c => Assert.True(c.CloseTime <= now));
    }

    [Fact]
    public async Task Ticker_reads_bid_ask_last_and_24h_volumes()
    {
        _server.MapRecorded(Dir, "GetTicker.txt");
        var t = (await Client(DateTimeOffset.UnixEpoch).GetTickerAsync(BtcUsd)).Value;

        Assert.Equal(30300.0m, t.Bid);
        Assert.Equal(30300.1m, t.Ask);
        Assert.Equal(30303.2m, t.Last);
        Assert.Equal(4412.73601799m, t.BaseVolume);
        Assert.Equal(4412.73601799m * 30689.13205m, t.QuoteVolume);
    }

    [Fact]
    public async Task All_tickers_come_back_keyed_by_normalised_symbol()
    {
        _server.MapRecorded(Dir, "GetTicker.txt");
        var tickers = (await Client(DateTimeOffset.UnixEpoch).GetTickersAsync()).Value;

        Assert.Equal(BtcUsd, Assert.Single(tickers).Symbol);
    }

    [Fact]
    public async Task Depth_becomes_a_validated_book()
    {
        _server.MapRecorded(Dir, "GetOrderBook.txt");
        var book = (await Client(DateTimeOffset.UnixEpoch).GetOrderBookAsync(BtcUsd, 10)).Value;

        Assert.Equal(3, book.Bids.Count);
        Assert.Equal(3, book.Asks.Count);
        Assert.Equal(new BookLevel(30297.0m, 1.115m), book.BestBid);
        Assert.Equal(new BookLevel(30384.1m, 2.059m), book.BestAsk);
        Assert.Contains(_server.Requests, r => r == "/0/public/Depth?pair=XBTUSD&count=10");
    }

    [Fact]
    public async Task Trades_carry_taker_side_and_id()
    {
        _server.MapRecorded(Dir, "GetTradeHistory.txt");
        var trades = (await Client(DateTimeOffset.UnixEpoch).GetRecentTradesAsync(BtcUsd, 100)).Value;

        Assert.Equal(3, trades.Count);
        Assert.Equal(TakerSide.Buy, trades[0].Side);
        Assert.Equal(30243.4m, trades[0].Price);
        Assert.Equal(0.34507674m, trades[0].Size);
        Assert.Equal("61044952", trades[0].TradeId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1688669597), trades[0].Time.AddTicks(-(trades[0].Time.UtcTicks % TimeSpan.TicksPerSecond)));
        Assert.Equal(TakerSide.Sell, trades[2].Side);
    }
}
