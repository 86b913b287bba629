using System.Text.Json;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.TestKit.Time;

namespace CryptoSmartTrader.Cli.Tests.Commands.Data;

/// <summary><c>cst data import | verify | export</c> end to end on a temporary store.</summary>
public sealed class DataStoreCommandTests : IDisposable
{
    private static readonly DateTimeOffset AfterBtcEnd = new(2025, 5, 16, 0, 30, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cst-cli-data-tests", Guid.NewGuid().ToString("N"));

    public DataStoreCommandTests() => Directory.CreateDirectory(_folder);

    private string Db => Path.Combine(_folder, "cst.db");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [DatasetFact("candles/kraken_spot_1d/XBTUSD-1d.csv.gz")]
    public async Task Import_reports_new_then_unchanged_rows_as_json()
    {
        var file = SharedDatasets.PathOf("candles", "kraken_spot_1d", "XBTUSD-1d.csv.gz");
        var (code, stdout, _) = await Run("data", "import", "--source", file, "--db", Db, "--json");
        Assert.Equal(0, code);
        using var first = JsonDocument.Parse(stdout);
        Assert.Equal(2_722, first.RootElement.GetProperty("inserted").GetInt64());
        var result = first.RootElement.GetProperty("results")[0];
        Assert.Equal(("kraken", "BTC/USD", "1d", "imported"), (result.GetProperty("exchange").GetString(), result.GetProperty("symbol").GetString(),
            result.GetProperty("timeframe").GetString(), result.GetProperty("status").GetString()));

        (code, stdout, _) = await Run("data", "import", "--source", file, "--db", Db, "--json");
        Assert.Equal(0, code);
        using var second = JsonDocument.Parse(stdout);
        Assert.Equal((0, 2_722), (second.RootElement.GetProperty("inserted").GetInt64(), second.RootElement.GetProperty("unchanged").GetInt64()));
    }

    [Fact]
    public async Task A_rejected_file_fails_the_command_with_file_line_reason_and_stores_nothing()
    {
        var bad = Path.Combine(_folder, "in", "binance_spot_1h", "BTC_USDT-1h.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(bad)!);
        await File.WriteAllTextAsync(bad, "timestamp_ms,open,high,low,close,volume\n1704067200000,100,110,95,105,1\n1704070800000,100,90,95,92,1\n");

        var (code, stdout, stderr) = await Run("data", "import", "--source", Path.Combine(_folder, "in"), "--db", Db, "--json");
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(1, json.RootElement.GetProperty("rejected").GetInt32());
        Assert.Equal($"{bad}:3: high 90 is below low 95", json.RootElement.GetProperty("results")[0].GetProperty("reason").GetString());
        Assert.Contains("error: 1 of 1 files rejected", stderr);

        (code, _, stderr) = await Run("data", "verify", "--db", Db);
        Assert.Equal(1, code);
        Assert.Contains("no stored series match", stderr);
    }

    [Fact]
    public async Task Verify_reports_the_real_btc_outages_and_staleness_from_the_clock()
    {
        var file = SharedDatasets.PathOf("candles", "binance_spot_1h", "BTC_USDT-1h.csv.gz");
        Assert.Equal(0, (await Run("data", "import", "--source", file, "--db", Db)).Code);

        var (code, stdout, _) = await Run(AfterBtcEnd, "data", "verify", "--symbols", "BTC/USDT", "--timeframe", "1h", "--db", Db, "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var report = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal(67_764, report.GetProperty("rows").GetInt32());
        Assert.Equal(28, report.GetProperty("gapCount").GetInt32());
        Assert.Equal(128, report.GetProperty("missingBars").GetInt64());
        var largest = report.GetProperty("gaps")[0];
        Assert.Equal((DateTimeOffset.Parse("2018-02-08T00:00Z"), DateTimeOffset.Parse("2018-02-09T10:00Z"), 33L),
            (largest.GetProperty("after").GetDateTimeOffset(), largest.GetProperty("before").GetDateTimeOffset(), largest.GetProperty("missing").GetInt64()));
        Assert.Equal(DateTimeOffset.Parse("2017-08-17T04:00Z"), report.GetProperty("firstOpen").GetDateTimeOffset());
        Assert.False(report.GetProperty("stale").GetBoolean());
        Assert.Equal(0, report.GetProperty("duplicates").GetInt32() + report.GetProperty("invalid").GetInt32());

        (code, stdout, _) = await Run(AfterBtcEnd.AddDays(1), "data", "verify", "--db", Db, "--json");
        using var later = JsonDocument.Parse(stdout);
        var stale = later.RootElement[0];
        Assert.True(stale.GetProperty("stale").GetBoolean());
        Assert.False(stale.GetProperty("tradable").GetBoolean());
        Assert.StartsWith("stale:", stale.GetProperty("reasons")[0].GetString());
    }

    [Fact]
    public async Task Export_writes_open_and_close_times_with_the_stored_prices()
    {
        var file = SharedDatasets.PathOf("candles", "binance_spot_1d", "BTC_USDT-1d.csv.gz");
        Assert.Equal(0, (await Run("data", "import", "--source", file, "--db", Db)).Code);
        var output = Path.Combine(_folder, "out", "btc.csv");

        var (code, stdout, _) = await Run("data", "export", "--exchange", "binance", "--symbol", "BTC/USDT", "--timeframe", "1d", "--out", output,
            "--from", "2017-08-17", "--to", "2017-08-19", "--db", Db);
        Assert.Equal(0, code);
        Assert.Contains("wrote 2 binance BTC/USDT 1d bars", stdout);
        var lines = await File.ReadAllLinesAsync(output);
        Assert.Equal("open_time_ms,close_time_ms,open,high,low,close,volume", lines[0]);
        // First two rows of BTC_USDT-1d.csv.gz, with close = open + 86,400,000 ms.
        var source = SharedCandles.BinanceDaily("BTC");
        Assert.Equal($"1502928000000,1503014400000,{source.Open[0]:R},{source.High[0]:R},{source.Low[0]:R},{source.Close[0]:R},{source.Volume[0]:R}", lines[1]);
        Assert.Equal(3, lines.Length);
    }

    [Theory]
    [InlineData("data", "verify", "--timeframe", "2x")]
    [InlineData("data", "verify", "--exchange", "bin ance")]
    [InlineData("data", "export", "--exchange", "binance", "--symbol", "BTCUSDT", "--timeframe", "1h", "--out", "x.csv")]
    public async Task Bad_arguments_are_usage_errors(params string[] args)
    {
        var (code, _, stderr) = await Run([.. args, "--db", Db]);
        Assert.Equal(2, code);
        Assert.Contains("usage error:", stderr);
    }

    [Fact]
    public async Task Missing_store_or_source_fails_with_the_path()
    {
        var (code, _, stderr) = await Run("data", "verify", "--db", Path.Combine(_folder, "none.db"));
        Assert.Equal(1, code);
        Assert.Contains("store not found", stderr);
        (code, _, stderr) = await Run("data", "import", "--source", Path.Combine(_folder, "nowhere"), "--db", Db);
        Assert.Equal(2, code);
        Assert.Contains("--source: not found", stderr);
    }

    private static Task<(int Code, string Stdout, string Stderr)> Run(params string[] args) => Run(AfterBtcEnd, args);

    private static async Task<(int Code, string Stdout, string Stderr)> Run(DateTimeOffset now, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, new ManualTimeProvider(now));
        return (code, stdout.ToString(), stderr.ToString());
    }
}
