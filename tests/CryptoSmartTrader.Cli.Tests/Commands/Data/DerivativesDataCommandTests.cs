using System.Text.Json;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using CryptoSmartTrader.TestKit.Time;

namespace CryptoSmartTrader.Cli.Tests.Commands.Data;

/// <summary><c>cst data download --kind …</c> and <c>cst data verify --kind …</c> against a loopback venue serving recorded futures payloads.</summary>
public sealed class DerivativesDataCommandTests : IAsyncLifetime
{
    private const string BinanceDir = "Binance/Endpoints/UsdFutures/ExchangeData";
    private LoopbackServer _server = null!;
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-deriv-").FullName;

    private string Db => Path.Combine(_dir, "cst.db");

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    private static async Task<(int Code, string Out, string Err)> Run(DateTimeOffset now, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, new ManualTimeProvider(now));
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string[] Download(string exchange, string kind, string since, params string[] extra) =>
        ["data", "download", "--kind", kind, "--exchange", exchange, "--symbols", "BTC/USDT", "--since", since,
         "--base-url", _server.BaseUrl.ToString(), "--db", Db, "--json", .. extra];

    private string[] Verify(string kind) => ["data", "verify", "--kind", kind, "--db", Db, "--json"];

    [Fact]
    public async Task Funding_downloads_then_resumes_after_the_last_stored_funding_time()
    {
        _server.MapRecorded(BinanceDir, "GetFundingRates.txt");
        var now = new DateTimeOffset(2023, 11, 2, 0, 0, 0, TimeSpan.Zero);

        var first = await Run(now, Download("binance", "funding", "2023-10-31"));
        Assert.True(first.Code == 0, first.Err);
        var series = JsonDocument.Parse(first.Out).RootElement.GetProperty("series")[0];
        Assert.Equal(2, series.GetProperty("inserted").GetInt32());
        Assert.Equal("funding", series.GetProperty("kind").GetString());

        var second = await Run(now, Download("binance", "funding", "2023-10-31"));
        Assert.True(second.Code == 0, second.Err);
        Assert.Equal(0, JsonDocument.Parse(second.Out).RootElement.GetProperty("series")[0].GetProperty("inserted").GetInt32());
        // Resumed 1 ms after the stored 2023-11-01T00:00Z funding, not from --since.
        Assert.Contains("startTime=1698796800001", _server.Requests.Last());
    }

    [Fact]
    public async Task Verify_reports_a_funding_gap_without_filling_it()
    {
        // Synthetic funding rows: 8-hourly with the 16:00 event of the second day missing.
        _server.MapJson("/fapi/v1/fundingRate", """
            [{"symbol":"BTCUSDT","fundingTime":1698710400000,"fundingRate":"0.0001","markPrice":"1"},
             {"symbol":"BTCUSDT","fundingTime":1698739200000,"fundingRate":"0.0001","markPrice":"1"},
             {"symbol":"BTCUSDT","fundingTime":1698768000000,"fundingRate":"0.0001","markPrice":"1"},
             {"symbol":"BTCUSDT","fundingTime":1698825600000,"fundingRate":"0.0001","markPrice":"1"}]
            """);
        var now = new DateTimeOffset(2023, 11, 2, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(0, (await Run(now, Download("binance", "funding", "2023-10-30"))).Code);

        var verify = await Run(now, Verify("funding"));

        Assert.True(verify.Code == 0, verify.Err);
        var report = JsonDocument.Parse(verify.Out).RootElement[0];
        Assert.Equal(4, report.GetProperty("rows").GetInt64());
        Assert.Equal(1, report.GetProperty("gapCount").GetInt32());
        Assert.Equal(1, report.GetProperty("missing").GetInt64());
    }

    [Fact]
    public async Task Open_interest_downloads_stamped_at_period_end_and_verifies_without_gaps()
    {
        _server.MapRecorded(BinanceDir, "GetOpenInterestHistory.txt");
        var now = new DateTimeOffset(2020, 3, 2, 6, 0, 0, TimeSpan.Zero);

        var download = await Run(now, Download("binance", "open-interest", "2020-03-02T05:00:00Z", "--timeframe", "5m"));
        Assert.True(download.Code == 0, download.Err);
        var series = JsonDocument.Parse(download.Out).RootElement.GetProperty("series")[0];
        Assert.Equal(2, series.GetProperty("inserted").GetInt32());
        // Venue stamp 05:50 is the last period's start; it became known at 05:55.
        Assert.Equal(new DateTimeOffset(2020, 3, 2, 5, 55, 0, TimeSpan.Zero), series.GetProperty("lastKnown").GetDateTimeOffset());

        var report = JsonDocument.Parse((await Run(now, Verify("open-interest"))).Out).RootElement[0];
        Assert.Equal(("5m", 0), (report.GetProperty("interval").GetString(), report.GetProperty("gapCount").GetInt32()));
    }

    [Fact]
    public async Task Premium_index_bars_download_into_the_store()
    {
        _server.MapRecorded(BinanceDir, "GetPremiumIndexKlines.txt");
        var now = new DateTimeOffset(2023, 8, 9, 19, 0, 0, TimeSpan.Zero);

        var download = await Run(now, Download("binance", "premium", "2023-08-09T17:57:00Z", "--timeframe", "1m"));

        Assert.True(download.Code == 0, download.Err);
        Assert.Equal(1, JsonDocument.Parse(download.Out).RootElement.GetProperty("series")[0].GetProperty("inserted").GetInt32());
        Assert.Equal(1, JsonDocument.Parse((await Run(now, Verify("premium"))).Out).RootElement[0].GetProperty("rows").GetInt64());
    }

    [Fact]
    public async Task A_kind_the_venue_does_not_publish_fails_with_its_reason()
    {
        var result = await Run(new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero), Download("kucoin", "open-interest", "2024-01-01"));

        Assert.Equal(1, result.Code);
        Assert.Contains("does not offer open-interest history", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
    }

    [Fact]
    public async Task Unknown_kind_is_a_usage_error()
    {
        var result = await Run(new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero), Download("binance", "liquidations", "2024-01-01"));

        Assert.Equal(2, result.Code);
        Assert.Contains("--kind: expected one of", result.Err);
    }

    [Fact]
    public async Task Verify_of_a_kind_never_downloaded_says_so()
    {
        _server.MapRecorded(BinanceDir, "GetFundingRates.txt");
        var now = new DateTimeOffset(2023, 11, 2, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(0, (await Run(now, Download("binance", "funding", "2023-10-31"))).Code);

        var verify = await Run(now, Verify("mark"));

        Assert.Equal(1, verify.Code);
        Assert.Contains("no stored MarkBars series match", verify.Err);
    }
}
