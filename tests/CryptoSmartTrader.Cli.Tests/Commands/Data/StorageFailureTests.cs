using CryptoSmartTrader.Cli.Tests.Support;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.TestKit.Time;
using Microsoft.Data.Sqlite;

namespace CryptoSmartTrader.Cli.Tests.Commands.Data;

/// <summary>
/// Read-only, full and locked storage: every data command exits 1 with one line naming the path, never an unhandled
/// exception with a stack trace (issue 19 item 5: exit 134 and "SQLite Error 14" with a trace). Real failures, not mocks.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class StorageFailureTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 5, 16, 0, 30, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cst-cli-storage-tests", Guid.NewGuid().ToString("N"));

    public StorageFailureTests() => Directory.CreateDirectory(_folder);

    private static string Kraken => SharedDatasets.PathOf("candles", "kraken_spot_1d", "XBTUSD-1d.csv.gz");

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

    public static TheoryData<string[]> StoreCommands() => new()
    {
        new[] { "data", "import", "--source", "KRAKEN" },
        new[] { "data", "verify" },
        new[] { "data", "export", "--exchange", "kraken", "--symbol", "BTC/USD", "--timeframe", "1d", "--out", "OUT" },
        new[] { "data", "download", "--exchange", "binance", "--symbols", "BTC/USDT", "--since", "2025-05-01", "--base-url", "http://127.0.0.1:9" },
    };

    [Theory]
    [MemberData(nameof(StoreCommands))]
    public async Task Store_on_a_read_only_file_system_fails_with_one_line_naming_the_database(string[] command)
    {
        var storeFolder = Path.Combine(_folder, "store");
        await ImportInto(Path.Combine(storeFolder, "cst.db"));
        using var readOnly = HostileFolder.ReadOnlyViewOf(storeFolder);
        var db = Path.Combine(readOnly.Path, "cst.db");

        var (code, _, stderr) = await Run([.. Fill(command), "--db", db]);

        Assert.Equal(1, code);
        Assert.StartsWith($"error: database {db}: ", stderr);
        AssertOneLineWithoutTrace(stderr);
    }

    [Fact]
    public async Task Export_into_a_read_only_folder_fails_with_one_line_naming_the_file()
    {
        var db = Path.Combine(_folder, "cst.db");
        await ImportInto(db);
        var outFolder = Path.Combine(_folder, "out");
        Directory.CreateDirectory(outFolder);
        using var readOnly = HostileFolder.ReadOnlyViewOf(outFolder);
        var file = Path.Combine(readOnly.Path, "btc.csv");

        var (code, _, stderr) = await Run("data", "export", "--exchange", "kraken", "--symbol", "BTC/USD", "--timeframe", "1d", "--out", file, "--db", db);

        Assert.Equal(1, code);
        Assert.StartsWith("error: ", stderr);
        Assert.Contains(file, stderr);
        AssertOneLineWithoutTrace(stderr);
    }

    [Theory]
    [InlineData(160)] // full while creating the schema
    [InlineData(1000)] // full while importing the rows
    public async Task Import_onto_a_full_disk_fails_with_one_line_saying_so_and_verbose_adds_the_trace(int kilobytes)
    {
        using var tiny = HostileFolder.Tiny(_folder, kilobytes);
        var db = Path.Combine(tiny.Path, "cst.db");
        var btc = SharedDatasets.PathOf("candles", "binance_spot_1h", "BTC_USDT-1h.csv.gz");

        var (code, _, stderr) = await Run("data", "import", "--source", btc, "--db", db);
        var (verboseCode, _, verbose) = await Run("data", "import", "--source", btc, "--db", db, "--verbose");

        Assert.Equal(1, code);
        Assert.StartsWith($"error: database {db}: ", stderr);
        Assert.Contains("full", stderr);
        AssertOneLineWithoutTrace(stderr);
        Assert.Equal(1, verboseCode);
        Assert.Contains("   at ", verbose);
    }

    [Fact]
    public async Task Export_onto_a_full_disk_fails_with_one_line_naming_the_file()
    {
        var db = Path.Combine(_folder, "cst.db");
        await ImportInto(db);
        using var tiny = HostileFolder.Tiny(_folder, 8);
        var file = Path.Combine(tiny.Path, "btc.csv");

        var (code, _, stderr) = await Run("data", "export", "--exchange", "kraken", "--symbol", "BTC/USD", "--timeframe", "1d", "--out", file, "--db", db);

        Assert.Equal(1, code);
        Assert.Contains(file, stderr);
        Assert.Contains("No space left", stderr);
        AssertOneLineWithoutTrace(stderr);
    }

    [Fact]
    public async Task Import_into_a_store_locked_by_another_writer_fails_with_one_line_saying_so()
    {
        var db = Path.Combine(_folder, "cst.db");
        await ImportInto(db);
        await using var other = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        await other.OpenAsync();
        await using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE;";
            await begin.ExecuteNonQueryAsync();
        }

        // The store waits out its busy timeout (10 s) before giving up.
        var (code, _, stderr) = await Run("data", "import", "--source", SharedDatasets.PathOf("candles", "kraken_spot_1d", "ETHUSD-1d.csv.gz"), "--db", db);

        Assert.Equal(1, code);
        Assert.StartsWith($"error: database {db}: the database is locked", stderr);
        AssertOneLineWithoutTrace(stderr);
    }

    private static void AssertOneLineWithoutTrace(string stderr)
    {
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("Unhandled", stderr);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private string[] Fill(string[] command) =>
        command.Select(a => a switch { "KRAKEN" => Kraken, "OUT" => Path.Combine(_folder, "out.csv"), _ => a }).ToArray();

    private static async Task ImportInto(string db)
    {
        var (code, _, stderr) = await Run("data", "import", "--source", Kraken, "--db", db);
        Assert.True(code == 0, stderr);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, new ManualTimeProvider(Now));
        return (code, stdout.ToString(), stderr.ToString());
    }
}
