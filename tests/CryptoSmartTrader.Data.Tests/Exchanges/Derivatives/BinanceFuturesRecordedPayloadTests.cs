using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Derivatives;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using static CryptoSmartTrader.Data.Tests.Exchanges.Derivatives.DerivativesTestClients;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Derivatives;

/// <summary>The Binance USD-M adapter against the recorded Binance.Net futures payloads (values read off the files by hand).</summary>
public sealed class BinanceFuturesRecordedPayloadTests : IAsyncLifetime
{
    private const string Dir = "Binance/Endpoints/UsdFutures/ExchangeData";
    private static readonly Symbol BtcUsdt = new("BTC", "USDT");
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private IDerivativesDataClient Client(DateTimeOffset now) => Create(Exchange.Binance, _server, now);

    [Fact]
    public async Task Funding_history_is_read_in_funding_time_order_with_mark_price()
    {
        _server.MapRecorded(Dir, "GetFundingRates.txt");
        var since = Ms(1698768000000);
        var rates = (await Client(since.AddDays(2)).GetFundingHistoryAsync(BtcUsdt, since)).Value;

        Assert.Equal([new FundingRate(Ms(1698768000000), 0.0001m, 34287.54619963m), new FundingRate(Ms(1698796800000), 0.0001m, 34651.4m)], rates);
        Assert.StartsWith("/fapi/v1/fundingRate?symbol=BTCUSDT&startTime=1698768000000&endTime=", _server.Requests.Single());
    }

    [Fact]
    public async Task Funding_not_yet_settled_at_the_clock_is_not_returned()
    {
        _server.MapRecorded(Dir, "GetFundingRates.txt");
        // The clock sits between the two recorded funding times: the later one is not known yet.
        var rates = (await Client(Ms(1698780000000)).GetFundingHistoryAsync(BtcUsdt, Ms(1698700000000))).Value;

        Assert.Equal(Ms(1698768000000), Assert.Single(rates).FundingTime);
    }

    [Fact]
    public async Task Empty_mark_price_on_old_funding_rows_is_missing_not_zero()
    {
        var body = RecordedPayload.Load(Dir, "GetFundingRates.txt").Body.Replace("\"34651.40000000\"", "\"\"");
        _server.MapJson("/fapi/v1/fundingRate", body);
        var rates = (await Client(Ms(1698900000000)).GetFundingHistoryAsync(BtcUsdt, Ms(1698700000000))).Value;

        Assert.Null(rates[1].MarkPrice);
        Assert.Equal(34287.54619963m, rates[0].MarkPrice);
    }

    [Fact]
    public async Task Open_interest_history_reads_string_stamps_and_is_stamped_at_period_end()
    {
        _server.MapRecorded(Dir, "GetOpenInterestHistory.txt");
        var oi = (await Client(Ms(1583200000000)).GetOpenInterestHistoryAsync(BtcUsdt, Timeframe.M5, Ms(1583100000000))).Value;

        // Venue stamps 1583127900000 / 1583128200000 are period starts; + 5 min each.
        Assert.Equal([new OpenInterest(Ms(1583128200000), 20403.637m, 150570784.07809979m), new OpenInterest(Ms(1583128500000), 20401.367m, 149940752.14464448m)], oi);
        Assert.Contains("period=5m", _server.Requests.Single());
    }

    [Fact]
    public async Task Open_interest_period_the_venue_lacks_is_unsupported()
    {
        var e = (await Client(Ms(1583200000000)).GetOpenInterestHistoryAsync(BtcUsdt, Timeframe.M3, Ms(1583100000000))).Error!;

        Assert.Equal(ExchangeErrorKind.Unsupported, e.Kind);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Premium_index_klines_keep_negative_values_and_close_on_the_timeframe()
    {
        _server.MapRecorded(Dir, "GetPremiumIndexKlines.txt");
        var open = Ms(1691603820000);
        var bar = Assert.Single((await Client(open.AddHours(1)).GetPriceBarsAsync(BtcUsdt, PriceBarKind.Premium, Timeframe.M1, open)).Value);

        Assert.Equal(new DerivativesBar(open, Ms(1691603880000), -0.00042931m, -0.00023641m, -0.00059406m, -0.00043659m), bar);
    }

    [Fact]
    public async Task Mark_price_klines_tolerate_padded_numbers()
    {
        // The recorded volume is "0  " (trailing blanks); it is not read, but the row must still parse.
        _server.MapRecorded(Dir, "GetMarkPriceKlines.txt");
        var open = Ms(1591256460000);
        var bar = Assert.Single((await Client(open.AddHours(1)).GetPriceBarsAsync(BtcUsdt, PriceBarKind.Mark, Timeframe.M1, open)).Value);

        Assert.Equal(9653.29201333m, bar.Open);
        Assert.Equal(9653.07367333m, bar.Close);
    }

    [Fact]
    public async Task A_bar_still_open_at_the_clock_is_not_returned()
    {
        _server.MapRecorded(Dir, "GetMarkPriceKlines.txt");
        var open = Ms(1591256460000);
        var bars = (await Client(open.AddSeconds(30)).GetPriceBarsAsync(BtcUsdt, PriceBarKind.Mark, Timeframe.M1, open)).Value;

        Assert.Empty(bars);
    }

    [Fact]
    public async Task Index_klines_are_asked_by_pair()
    {
        _server.MapJson("/fapi/v1/indexPriceKlines", RecordedPayload.Load(Dir, "GetIndexPriceKlines.txt").Body);
        var open = Ms(1591256460000);
        _ = await Client(open.AddDays(1)).GetPriceBarsAsync(BtcUsdt, PriceBarKind.Index, Timeframe.M1, open);

        Assert.StartsWith("/fapi/v1/indexPriceKlines?pair=BTCUSDT&interval=1m", _server.Requests.Single());
    }

    [Fact]
    public async Task Ticker_combines_premium_index_and_open_interest()
    {
        _server.MapRecorded(Dir, "GetMarkPrice.txt");
        _server.MapRecorded(Dir, "GetOpenInterest.txt");
        var t = (await Client(Ms(1597370495002)).GetTickerAsync(BtcUsdt)).Value;

        Assert.Equal(new DerivativesTicker("BTCUSDT", Ms(1597370495002), 11793.63104562m, 11781.80495970m, 0.00038246m, null, 10659.509m), t);
    }

    [Fact]
    public async Task Invalid_symbol_error_payload_is_an_unsupported_result()
    {
        _server.MapJson("/fapi/v1/fundingRate", """{"code":-1121,"msg":"Invalid symbol."}""", 400);
        var e = (await Client(Ms(1698900000000)).GetFundingHistoryAsync(BtcUsdt, Ms(1698700000000))).Error!;

        Assert.Equal(ExchangeErrorKind.Unsupported, e.Kind);
        Assert.Equal("Invalid symbol.", e.Message);
    }

    [Fact]
    public async Task Non_numeric_rate_names_the_field()
    {
        var body = RecordedPayload.Load(Dir, "GetFundingRates.txt").Body.Replace("\"fundingRate\": \"0.00010000\",    ", "\"fundingRate\": true,");
        _server.MapJson("/fapi/v1/fundingRate", body);
        var e = (await Client(Ms(1698900000000)).GetFundingHistoryAsync(BtcUsdt, Ms(1698700000000))).Error!;

        Assert.Equal(ExchangeErrorKind.Malformed, e.Kind);
        Assert.StartsWith("[0].fundingRate: expected a decimal number", e.Message);
    }

    [Fact]
    public async Task Rows_for_another_symbol_are_refused()
    {
        _server.MapRecorded(Dir, "GetFundingRates.txt"); // answers for BTCUSDT
        var e = (await Client(Ms(1698900000000)).GetFundingHistoryAsync(new Symbol("ETH", "USDT"), Ms(1698700000000))).Error!;

        Assert.Equal(ExchangeErrorKind.Malformed, e.Kind);
        Assert.Contains("expected ETHUSDT", e.Message);
    }

    [Fact]
    public async Task Premium_bar_whose_high_is_below_its_close_is_malformed()
    {
        var body = RecordedPayload.Load(Dir, "GetPremiumIndexKlines.txt").Body.Replace("\"-0.00023641\"", "\"-0.00050000\"");
        _server.MapJson("/fapi/v1/premiumIndexKlines", body);
        var open = Ms(1691603820000);
        var e = (await Client(open.AddHours(1)).GetPriceBarsAsync(BtcUsdt, PriceBarKind.Premium, Timeframe.M1, open)).Error!;

        Assert.Equal(ExchangeErrorKind.Malformed, e.Kind);
        Assert.StartsWith("[0]: high", e.Message);
    }

    [Fact]
    public async Task Basis_of_the_perpetual_ignores_the_empty_annualised_rate_and_is_stamped_at_period_end()
    {
        _server.MapRecorded(Dir, "GetBasis.txt");
        var b = Assert.Single((await Client(Ms(1698800000000)).GetBasisHistoryAsync(BtcUsdt, Timeframe.H1, Ms(1698700000000))).Value);

        Assert.Equal(new BasisPoint(Ms(1698746400000), 34414.10m, 34400.15945055m, 13.94054945m, 0.0004m), b);
        Assert.StartsWith("/futures/data/basis?pair=BTCUSDT&contractType=PERPETUAL&period=1h", _server.Requests.Single());
    }
}
