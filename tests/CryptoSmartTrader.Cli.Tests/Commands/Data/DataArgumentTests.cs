using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.TestKit.Time;

namespace CryptoSmartTrader.Cli.Tests.Commands.Data;

/// <summary>
/// Arguments that cannot mean what the user wanted are usage errors (exit 2) before anything is fetched or stored
/// (issue 19 items 6 and 8: an unknown venue stored 2,829 rows under "nosuchex"; --since after --until reported "nothing stored").
/// </summary>
public sealed class DataArgumentTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cst-cli-args-tests", Guid.NewGuid().ToString("N"));

    public DataArgumentTests() => Directory.CreateDirectory(_folder);

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

    [Theory]
    [InlineData("data", "import", "--source", "KRAKEN", "--exchange", "nosuchex")]
    [InlineData("data", "verify", "--exchange", "nosuchex")]
    [InlineData("data", "verify", "--reference", "nosuchex")]
    [InlineData("data", "export", "--exchange", "nosuchex", "--symbol", "BTC/USD", "--timeframe", "1d", "--out", "x.csv")]
    [InlineData("data", "download", "--exchange", "nosuchex", "--symbols", "BTC/USDT", "--since", "2025-01-01")]
    public async Task Unknown_venue_is_a_usage_error_and_nothing_is_stored(params string[] args)
    {
        var (code, _, stderr) = await Run([.. args.Select(a => a == "KRAKEN" ? Kraken : a), "--db", Db]);

        Assert.Equal(2, code);
        Assert.Contains("'nosuchex'", stderr);
        Assert.Contains("expected one of kraken, binance", stderr);
        Assert.False(File.Exists(Db), "a usage error must not create the store");
    }

    [Fact]
    public async Task Folder_naming_an_unknown_venue_is_rejected_and_nothing_is_stored()
    {
        var file = Path.Combine(_folder, "in", "nosuchex_spot_1d", "XBTUSD-1d.csv.gz");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.Copy(Kraken, file);

        var (code, stdout, _) = await Run("data", "import", "--source", Path.Combine(_folder, "in"), "--db", Db);

        Assert.Equal(1, code);
        Assert.Contains("names venue 'nosuchex', which is not a known venue", stdout);
        Assert.Contains("0 new", stdout);
    }

    [Theory]
    [InlineData("data", "download", "--exchange", "binance", "--symbols", "BTC/USDT", "--since", "2025-01-02", "--until", "2025-01-01")]
    [InlineData("data", "download", "--exchange", "binance", "--symbols", "BTC/USDT", "--since", "2025-01-01", "--until", "2025-01-01")]
    [InlineData("data", "download", "--exchange", "binance", "--symbols", "BTC/USDT", "--since", "2031-01-01")]
    [InlineData("data", "export", "--exchange", "kraken", "--symbol", "BTC/USD", "--timeframe", "1d", "--out", "x.csv", "--from", "2021-02-01", "--to", "2021-01-01")]
    public async Task Empty_range_is_a_usage_error(params string[] args)
    {
        await Run("data", "import", "--source", Kraken, "--db", Db);

        string[] extra = args[1] == "download" ? ["--db", Db, "--base-url", "http://127.0.0.1:9"] : ["--db", Db];
        var (code, stdout, stderr) = await Run([.. args, .. extra]);

        Assert.Equal(2, code);
        Assert.Contains("an empty range", stderr);
        Assert.Equal(string.Empty, stdout);
    }

    [Fact]
    public async Task Missing_source_path_is_a_usage_error_naming_it()
    {
        var missing = Path.Combine(_folder, "nowhere");
        var (code, _, stderr) = await Run("data", "import", "--source", missing, "--db", Db);
        Assert.Equal(2, code);
        Assert.Contains($"--source: not found: {missing}", stderr);
    }

    [Fact]
    public async Task Bad_date_names_the_option_not_an_internal_type()
    {
        var (code, _, stderr) = await Run("data", "export", "--exchange", "kraken", "--symbol", "BTC/USD", "--timeframe", "1d", "--out", "x.csv", "--from", "notadate");
        Assert.Equal(2, code);
        Assert.StartsWith("usage error: --from: expected an ISO date", stderr);
        Assert.DoesNotContain("OptionResult", stderr);
    }

    private static string Kraken => SharedDatasets.PathOf("candles", "kraken_spot_1d", "XBTUSD-1d.csv.gz");

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        return (code, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>Commands that read candle files themselves (features, models) refuse a cut-off gzip like the importer does.</summary>
public sealed class TruncatedSourceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-cli-truncated-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Features_from_a_cut_off_gzip_fail_naming_the_file_and_byte_offset()
    {
        var bytes = await File.ReadAllBytesAsync(SharedDatasets.PathOf("candles", "binance_spot_1h", "BTC_USDT-1h.csv.gz"));
        var file = Path.Combine(_dir, "BTC_USDT-1h.csv.gz");
        await File.WriteAllBytesAsync(file, bytes[..(bytes.Length / 2)]);

        var result = await CliRunner.RunAsync("features", "--exchange", "binance", "--symbol", "BTC/USDT", "--timeframe", "1h", "--set", "ta",
            "--source", _dir, "--out", Path.Combine(_dir, "out.csv"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: {file}: gzip data ends at byte {bytes.Length / 2} without a matching end-of-stream trailer (truncated or corrupt file)",
            result.Error.Trim());
    }
}
