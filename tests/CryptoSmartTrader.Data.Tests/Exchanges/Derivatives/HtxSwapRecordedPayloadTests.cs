using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Derivatives;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using static CryptoSmartTrader.Data.Tests.Exchanges.Derivatives.DerivativesTestClients;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Derivatives;

/// <summary>The HTX USDT-margined swap adapter against the recorded HTX.Net payloads (values read off the files by hand).</summary>
public sealed class HtxSwapRecordedPayloadTests : IAsyncLifetime
{
    private const string Dir = "HTX/Endpoints/UsdtMarginSwap/ExchangeData";
    private static readonly Symbol BtcUsdt = new("BTC", "USDT");
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private IDerivativesDataClient Client(DateTimeOffset now) => Create(Exchange.Htx, _server, now);

    [Fact]
    public async Task Historical_funding_pages_until_the_venue_total_page()
    {
        _server.MapRecorded(Dir, "GetHistoricalFundingRates.txt");
        var at = Ms(1603670400000);
        var rates = (await Client(Ms(1603696680599)).GetFundingHistoryAsync(BtcUsdt, at)).Value;

        Assert.Equal(new FundingRate(at, 0.0001m), Assert.Single(rates)); // each page repeats the row: kept once
        // The recorded answer says total_page 14 and never reaches back past the window start.
        Assert.Equal(14, _server.CountRequests("/linear-swap-api/v1/swap_historical_funding_rate"));
        Assert.StartsWith("/linear-swap-api/v1/swap_historical_funding_rate?contract_code=BTC-USDT&page_index=1&page_size=50", _server.Requests.First());
    }

    [Fact]
    public async Task Historical_funding_stops_once_a_page_reaches_before_the_window()
    {
        _server.MapRecorded(Dir, "GetHistoricalFundingRates.txt");
        var rates = (await Client(Ms(1603696680599)).GetFundingHistoryAsync(BtcUsdt, Ms(1603670400001))).Value;

        Assert.Empty(rates);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Open_interest_of_a_dated_future_is_refused_for_the_swap()
    {
        // The recorded answer is for the BTC-USDT-211210 weekly future, not the perpetual that was asked for.
        _server.MapRecorded(Dir, "GetOpenInterestHistory.txt");
        var e = (await Client(Ms(1638755582116)).GetOpenInterestHistoryAsync(BtcUsdt, Timeframe.H1, Ms(1638700000000))).Error!;

        Assert.Equal(ExchangeErrorKind.Malformed, e.Kind);
        Assert.Equal("data.contract_code: expected BTC-USDT, got 'BTC-USDT-211210'", e.Message);
    }

    [Fact]
    public async Task Open_interest_is_in_contracts_stamped_at_period_end()
    {
        var body = RecordedPayload.Load(Dir, "GetOpenInterestHistory.txt").Body.Replace("\"BTC-USDT-211210\"", "\"BTC-USDT\"");
        _server.MapJson("/linear-swap-api/v1/swap_his_open_interest", body);
        var oi = (await Client(Ms(1638755582116)).GetOpenInterestHistoryAsync(BtcUsdt, Timeframe.H1, Ms(1638700000000))).Value;

        Assert.Equal(new OpenInterest(Ms(1638723600000), 27112m, 1321498.5264m), Assert.Single(oi));
        Assert.Contains("period=60min&amount_type=1", _server.Requests.Single());
    }

    [Fact]
    public async Task Open_interest_in_another_unit_is_refused()
    {
        var body = RecordedPayload.Load(Dir, "GetOpenInterestHistory.txt").Body.Replace("\"BTC-USDT-211210\"", "\"BTC-USDT\"").Replace("\"amount_type\": 1", "\"amount_type\": 2");
        _server.MapJson("/linear-swap-api/v1/swap_his_open_interest", body);
        var e = (await Client(Ms(1638755582116)).GetOpenInterestHistoryAsync(BtcUsdt, Timeframe.H1, Ms(1638700000000))).Error!;

        Assert.Equal(ExchangeErrorKind.Malformed, e.Kind);
        Assert.Equal("data.tick[0].amount_type: expected 1 (contracts), got 2", e.Message);
    }

    [Fact]
    public async Task Premium_index_klines_are_read_from_second_stamps()
    {
        _server.MapRecorded(Dir, "GetPremiumIndexKlines.txt");
        var open = DateTimeOffset.FromUnixTimeSeconds(1603696920);
        var bar = Assert.Single((await Client(Ms(1603696958348).AddMinutes(1)).GetPriceBarsAsync(BtcUsdt, PriceBarKind.Premium, Timeframe.M1, open)).Value);

        Assert.Equal(new DerivativesBar(open, open.AddMinutes(1), 0.0000079166666666m, 0.0000079166666666m, 0.0000079166666666m, 0.0000079166666666m), bar);
        Assert.StartsWith("/index/market/history/linear_swap_premium_index_kline?contract_code=BTC-USDT&period=1min&size=", _server.Requests.Single());
    }

    [Fact]
    public async Task Mark_price_klines_keep_both_recorded_bars()
    {
        _server.MapRecorded(Dir, "GetMarkPriceKlines.txt");
        var bars = (await Client(Ms(1611106791703)).GetPriceBarsAsync(BtcUsdt, PriceBarKind.Mark, Timeframe.M5, DateTimeOffset.FromUnixTimeSeconds(1611105300))).Value;

        Assert.Equal([DateTimeOffset.FromUnixTimeSeconds(1611105300), DateTimeOffset.FromUnixTimeSeconds(1611105600)], bars.Select(b => b.OpenTime));
        Assert.All(bars, b => Assert.Equal(31078.68m, b.Close));
    }

    [Fact]
    public async Task Klines_for_another_contract_channel_are_refused()
    {
        _server.MapRecorded(Dir, "GetMarkPriceKlines.txt"); // channel market.BTC-USDT.mark_price.5min
        var e = (await Client(Ms(1611106791703)).GetPriceBarsAsync(new Symbol("ETH", "USDT"), PriceBarKind.Mark, Timeframe.M5, Ms(1611105300000))).Error!;

        Assert.Equal(ExchangeErrorKind.Malformed, e.Kind);
        Assert.Contains("expected a channel for ETH-USDT", e.Message);
    }

    [Fact]
    public async Task Index_price_klines_are_unsupported_without_a_request()
    {
        var e = (await Client(Ms(1611106791703)).GetPriceBarsAsync(BtcUsdt, PriceBarKind.Index, Timeframe.M5, Ms(1611105300000))).Error!;

        Assert.Equal(ExchangeErrorKind.Unsupported, e.Kind);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Ticker_takes_the_swap_entry_among_dated_futures()
    {
        _server.MapRecorded(Dir, "GetFundingRate.txt");
        _server.MapRecorded(Dir, "GetSwapOpenInterest.txt");
        var t = (await Client(Ms(1603696494714)).GetTickerAsync(BtcUsdt)).Value;

        Assert.Equal(new DerivativesTicker("BTC-USDT", Ms(1603696494714), null, null, 0.0001m, null, 78696m), t);
    }

    [Fact]
    public async Task Swap_error_payload_with_underscore_fields_is_a_result()
    {
        _server.MapJson("/linear-swap-api/v1/swap_historical_funding_rate",
            """{"status":"error","err_code":1332,"err_msg":"The contract doesn't exist.","ts":1603696680599}""");
        var e = (await Client(Ms(1603696680599)).GetFundingHistoryAsync(BtcUsdt, Ms(1603600000000))).Error!;

        Assert.Equal(ExchangeErrorKind.Unsupported, e.Kind);
        Assert.Equal("1332", e.Code);
        Assert.Equal("The contract doesn't exist.", e.Message);
    }

    [Fact]
    public async Task Missing_page_count_names_the_field()
    {
        var body = RecordedPayload.Load(Dir, "GetHistoricalFundingRates.txt").Body.Replace("\"total_page\": 14,", "");
        _server.MapJson("/linear-swap-api/v1/swap_historical_funding_rate", body);
        var e = (await Client(Ms(1603696680599)).GetFundingHistoryAsync(BtcUsdt, Ms(1603600000000))).Error!;

        Assert.Equal(ExchangeErrorKind.Malformed, e.Kind);
        Assert.Equal("data.total_page: missing field", e.Message);
    }

    [Fact]
    public async Task Basis_is_read_with_close_prices_and_only_once_its_minute_has_ended()
    {
        _server.MapRecorded(Dir, "GetBasisData.txt");
        var open = DateTimeOffset.FromUnixTimeSeconds(1603697160);

        // At the recorded answer's own time (10 s into the minute) that minute's basis is not final yet.
        Assert.Empty((await Client(Ms(1603697170804)).GetBasisHistoryAsync(BtcUsdt, Timeframe.M1, open.AddMinutes(-5))).Value);
        var b = Assert.Single((await Client(open.AddMinutes(2)).GetBasisHistoryAsync(BtcUsdt, Timeframe.M1, open.AddMinutes(-5))).Value);

        Assert.Equal(new BasisPoint(open.AddMinutes(1), 13077.8m, 13062.509257643333m, 15.29074235666667m, 0.001170582317307796m), b);
        Assert.Contains("contract_code=BTC-USDT&period=1min&basis_price_type=close", _server.Requests.Last());
    }
}
