using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Derivatives;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using static CryptoSmartTrader.Data.Tests.Exchanges.Derivatives.DerivativesTestClients;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Derivatives;

/// <summary>The KuCoin and Kraken futures adapters against the recorded JKorf payloads (values read off the files by hand).</summary>
public sealed class KuCoinKrakenFuturesRecordedPayloadTests : IAsyncLifetime
{
    private const string KuCoinDir = "Kucoin/Endpoints/Futures/ExchangeData";
    private const string KrakenDir = "Kraken/Endpoints/Futures/ExchangeData";
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task KuCoin_funding_history_reads_the_lowercase_timepoint()
    {
        _server.MapRecorded(KuCoinDir, "GetFundingRateHistory.txt");
        var at = Ms(1702310700000);
        var rates = (await Create(Exchange.KuCoin, _server, at.AddHours(1)).GetFundingHistoryAsync(new Symbol("ID", "USDT"), at.AddDays(-1))).Value;

        Assert.Equal(new FundingRate(at, 0.01875m), Assert.Single(rates));
        Assert.StartsWith("/api/v1/contract/funding-rates?symbol=IDUSDTM&from=", _server.Requests.First());
    }

    [Fact]
    public async Task KuCoin_contract_snapshot_reads_mark_funding_and_string_open_interest()
    {
        var body = RecordedPayload.Load(KuCoinDir, "GetContract.txt").Body;
        _server.MapJson("/api/v1/contracts/DASHUSDTM", body);
        var now = Ms(1700000000000);
        var t = (await Create(Exchange.KuCoin, _server, now).GetTickerAsync(new Symbol("DASH", "USDT"))).Value;

        Assert.Equal(new DerivativesTicker("DASHUSDTM", now, 101.6m, 101.59m, 0.0001m, 0.0001m, 2487402m), t);
    }

    [Fact]
    public async Task KuCoin_open_interest_history_is_unsupported()
    {
        var e = (await Create(Exchange.KuCoin, _server, Ms(1700000000000)).GetOpenInterestHistoryAsync(new Symbol("BTC", "USDT"), Timeframe.H1, Ms(1690000000000))).Error!;

        Assert.Equal(ExchangeErrorKind.Unsupported, e.Kind);
    }

    [Fact]
    public async Task KuCoin_error_code_is_a_result()
    {
        _server.MapJson("/api/v1/contract/funding-rates", """{"code":"400100","msg":"Contract does not exist"}""");
        var e = (await Create(Exchange.KuCoin, _server, Ms(1702310700000)).GetFundingHistoryAsync(new Symbol("ID", "USDT"), Ms(1702000000000))).Error!;

        Assert.Equal(ExchangeErrorKind.Unsupported, e.Kind);
        Assert.Equal("Contract does not exist", e.Message);
    }

    [Fact]
    public async Task Kraken_funding_history_uses_the_relative_rate_written_in_exponent_form()
    {
        _server.MapRecorded(KrakenDir, "GetHistoricalFundingRates.txt");
        var day = new DateTimeOffset(2022, 6, 28, 0, 0, 0, TimeSpan.Zero);
        var rates = (await Create(Exchange.Kraken, _server, day.AddHours(9)).GetFundingHistoryAsync(new Symbol("BTC", "USD"), day)).Value;

        Assert.Equal(
            [new FundingRate(day, -0.000016898883333333m), new FundingRate(day.AddHours(4), -0.000000540935416667m), new FundingRate(day.AddHours(8), -0.000008521190625m)],
            rates);
        Assert.Equal("/derivatives/api/v4/historicalfundingrates?symbol=PF_XBTUSD", _server.Requests.Single());
    }

    [Fact]
    public async Task Kraken_ticker_of_a_contract_not_listed_is_refused()
    {
        _server.MapRecorded(KrakenDir, "GetTickers.txt"); // lists the inverse PI_XBTUSD, not the linear PF_XBTUSD
        var e = (await Create(Exchange.Kraken, _server, Ms(1655463631335)).GetTickerAsync(new Symbol("BTC", "USD"))).Error!;

        Assert.Equal(ExchangeErrorKind.Malformed, e.Kind);
        Assert.Equal("tickers: no entry for PF_XBTUSD", e.Message);
    }

    [Fact]
    public async Task Kraken_ticker_keeps_mark_index_and_open_interest_but_not_the_absolute_funding_rate()
    {
        var body = RecordedPayload.Load(KrakenDir, "GetTickers.txt").Body.Replace("\"PI_XBTUSD\"", "\"PF_XBTUSD\"");
        _server.MapJson("/derivatives/api/v3/tickers", body);
        var t = (await Create(Exchange.Kraken, _server, Ms(1655463631335)).GetTickerAsync(new Symbol("BTC", "USD"))).Value;

        Assert.Equal(new DerivativesTicker("PF_XBTUSD", new DateTimeOffset(2022, 6, 17, 11, 0, 31, 335, TimeSpan.Zero), 30209.9m, 21087.8m, null, null, 149655m), t);
    }

    [Fact]
    public async Task Kraken_mark_bars_stop_when_more_candles_makes_no_progress()
    {
        var body = RecordedPayload.Load(KrakenDir, "GetKlines.txt").Body;
        _server.MapJson("/api/charts/v1/mark/PF_XBTUSD/1m", body);
        var open = Ms(1620816960000);
        var bar = Assert.Single((await Create(Exchange.Kraken, _server, open.AddHours(1)).GetPriceBarsAsync(new Symbol("BTC", "USD"), PriceBarKind.Mark, Timeframe.M1, open)).Value);

        Assert.Equal(new DerivativesBar(open, open.AddMinutes(1), 56294m, 56475m, 55935m, 56250m), bar);
        Assert.Equal(2, _server.Requests.Count); // more_candles: true, then the same page again: stop
    }

    [Fact]
    public async Task Kraken_error_result_is_a_result()
    {
        _server.MapJson("/derivatives/api/v4/historicalfundingrates", """{"result":"error","error":"Contract_not_found","serverTime":"2022-06-28T09:29:04.243Z"}""");
        var e = (await Create(Exchange.Kraken, _server, Ms(1656408544243)).GetFundingHistoryAsync(new Symbol("BTC", "USD"), Ms(1656300000000))).Error!;

        Assert.Equal(ExchangeErrorKind.Unsupported, e.Kind);
    }

    [Fact]
    public async Task Kraken_bad_timestamp_names_the_field()
    {
        var body = RecordedPayload.Load(KrakenDir, "GetHistoricalFundingRates.txt").Body.Replace("2022-06-28T04:00:00.000Z", "yesterday");
        _server.MapJson("/derivatives/api/v4/historicalfundingrates", body);
        var e = (await Create(Exchange.Kraken, _server, Ms(1656408544243)).GetFundingHistoryAsync(new Symbol("BTC", "USD"), Ms(1656300000000))).Error!;

        Assert.Equal(ExchangeErrorKind.Malformed, e.Kind);
        Assert.Equal("rates[1].timestamp: expected an ISO-8601 time, got 'yesterday'", e.Message);
    }

    [Fact]
    public async Task Truncated_json_is_malformed()
    {
        var body = RecordedPayload.Load(KrakenDir, "GetHistoricalFundingRates.txt").Body;
        _server.MapJson("/derivatives/api/v4/historicalfundingrates", body[..(body.Length / 2)]);
        var e = (await Create(Exchange.Kraken, _server, Ms(1656408544243)).GetFundingHistoryAsync(new Symbol("BTC", "USD"), Ms(1656300000000))).Error!;

        Assert.Equal(ExchangeErrorKind.Malformed, e.Kind);
        Assert.Contains("not valid JSON", e.Message);
    }
}
