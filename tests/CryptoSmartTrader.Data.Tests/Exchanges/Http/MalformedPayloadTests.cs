using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Http;

/// <summary>Broken payloads produce a Malformed/Invalid error naming the field, never an exception or a half-parsed value.</summary>
public sealed class MalformedPayloadTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private IMarketDataClient Client(Exchange exchange, long nowSeconds = 1688671440) =>
        TestClients.Create(exchange, _server, new FastForwardTimeProvider(DateTimeOffset.FromUnixTimeSeconds(nowSeconds)));

    private static readonly Symbol BtcUsd = new("BTC", "USD");

    [Fact]
    public async Task Truncated_json()
    {
        var body = RecordedPayload.Load("Kraken/Endpoints/Spot/ExchangeData/GetKlines.txt").Body;
        _server.MapJson("/0/public/OHLC", body[..(body.Length / 2)]);
        var e = (await Client(Exchange.Kraken).GetCandlesAsync(BtcUsd, Timeframe.M1, DateTimeOffset.FromUnixTimeSeconds(1688671200))).Error!;

        Assert.Equal(ExchangeErrorKind.Malformed, e.Kind);
        Assert.Contains("not valid JSON", e.Message);
    }

    [Fact]
    public async Task String_where_a_number_is_expected_names_the_element()
    {
        var body = RecordedPayload.Load("Kraken/Endpoints/Spot/ExchangeData/GetKlines.txt").Body.Replace("\"30306.2\"", "\"n/a\"");
        _server.MapJson("/0/public/OHLC", body);
        var e = (await Client(Exchange.Kraken).GetCandlesAsync(BtcUsd, Timeframe.M1, DateTimeOffset.FromUnixTimeSeconds(1688671200))).Error!;

        Assert.Equal(ExchangeErrorKind.Malformed, e.Kind);
        Assert.Contains("result.XBTUSD[0][2]: expected a decimal number", e.Message);
    }

    [Fact]
    public async Task Missing_field_is_named()
    {
        var body = RecordedPayload.Load("Binance/Endpoints/Spot/ExchangeData/GetTicker.txt").Body.Replace("\"quoteVolume\": \"15.30000000\",", "");
        _server.MapJson("/api/v3/ticker/24hr", body);
        var e = (await Client(Exchange.Binance).GetTickerAsync(new Symbol("BNB", "BTC"))).Error!;

        Assert.Equal(ExchangeErrorKind.Malformed, e.Kind);
        Assert.Equal("quoteVolume: missing field", e.Message);
    }

    [Fact]
    public async Task Wrong_symbol_in_the_answer_is_rejected()
    {
        _server.MapRecorded("Binance/Endpoints/Spot/ExchangeData/GetTicker.txt"); // answers for BNBBTC
        var e = (await Client(Exchange.Binance).GetTickerAsync(new Symbol("ETH", "USDT"))).Error!;

        Assert.Equal(ExchangeErrorKind.Malformed, e.Kind);
        Assert.Contains("expected ETHUSDT, got 'BNBBTC'", e.Message);
    }

    [Fact]
    public async Task Wrong_pair_key_from_kraken_is_rejected()
    {
        _server.MapRecorded("Kraken/Endpoints/Spot/ExchangeData/GetKlines.txt"); // keyed XXBTZUSD
        var e = (await Client(Exchange.Kraken).GetCandlesAsync(new Symbol("ETH", "USD"), Timeframe.M1,
            DateTimeOffset.FromUnixTimeSeconds(1688671200))).Error!;

        Assert.Equal(ExchangeErrorKind.Malformed, e.Kind);
        Assert.Contains("expected data for ETH/USD", e.Message);
    }

    [Fact]
    public async Task Wrong_channel_from_htx_is_rejected()
    {
        _server.MapRecorded("HTX/Endpoints/Spot/ExchangeData/GetOrderBook.txt"); // market.btcusdt.depth.step0
        var e = (await Client(Exchange.Htx).GetOrderBookAsync(new Symbol("ETH", "USDT"), 5)).Error!;

        Assert.Equal(ExchangeErrorKind.Malformed, e.Kind);
        Assert.Contains("ch: expected a channel for ethusdt", e.Message);
    }

    [Fact]
    public async Task Impossible_bar_is_invalid_not_stored()
    {
        // High below low: 30306.2 → 30000.0 makes high < open.
        var body = RecordedPayload.Load("Kraken/Endpoints/Spot/ExchangeData/GetKlines.txt").Body.Replace("\"30306.2\"", "\"30000.0\"");
        _server.MapJson("/0/public/OHLC", body);
        var e = (await Client(Exchange.Kraken).GetCandlesAsync(BtcUsd, Timeframe.M1, DateTimeOffset.FromUnixTimeSeconds(1688671200))).Error!;

        Assert.Equal(ExchangeErrorKind.Invalid, e.Kind);
        Assert.Contains("high 30000.0 must be >= max", e.Message);
    }

    [Fact]
    public async Task Crossed_book_is_invalid()
    {
        var body = RecordedPayload.Load("HTX/Endpoints/Spot/ExchangeData/GetOrderBook.txt").Body.Replace("49790.87", "49800.00");
        _server.MapJson("/market/depth", body);
        var e = (await Client(Exchange.Htx).GetOrderBookAsync(new Symbol("BTC", "USDT"), 5)).Error!;

        Assert.Equal(ExchangeErrorKind.Invalid, e.Kind);
        Assert.Contains("crossed book", e.Message);
    }

    [Fact]
    public async Task Unknown_trade_side_is_named()
    {
        var body = RecordedPayload.Load("Kucoin/Endpoints/Spot/ExchangeData/GetTradeHistory.txt").Body.Replace("\"buy\"", "\"up\"");
        _server.MapJson("/api/v1/market/histories", body);
        var e = (await Client(Exchange.KuCoin).GetRecentTradesAsync(new Symbol("BTC", "USDT"), 10)).Error!;

        Assert.Equal(ExchangeErrorKind.Malformed, e.Kind);
        Assert.Contains("data[0].side: expected 'buy' or 'sell', got 'up'", e.Message);
    }
}
