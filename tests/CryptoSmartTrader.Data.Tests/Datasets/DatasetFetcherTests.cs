using System.IO.Compression;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Datasets;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Data.Tests.Datasets;

/// <summary>
/// The dataset fetcher against a loopback Binance serving the recorded klines (paged as Binance pages): it rebuilds a
/// file byte-for-byte equal in content to the reference copy, resumes partial downloads, and refuses data whose
/// fingerprint differs, naming the series and the first differing bar.
/// </summary>
public sealed class DatasetFetcherTests : IAsyncLifetime
{
    private const string Btc1d = "candles/binance_spot_1d/BTC_USDT-1d.csv.gz";
    private LoopbackServer _server = null!;
    private RecordedKlinesExchange _exchange = null!;
    private readonly string _into = Directory.CreateTempSubdirectory("cst-fetch-").FullName;

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _exchange = new RecordedKlinesExchange(SharedDatasets.RootPath);
        _exchange.MapOn(_server);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_into, recursive: true);
    }

    private static DatasetManifest Manifest(string path = Btc1d)
    {
        var full = DatasetManifest.Load(SharedDatasets.ManifestPath);
        var d = full.Datasets.Single(x => x.Files.Any(f => f.Path == path));
        return full with { Datasets = [d with { Files = [d.Files.Single(f => f.Path == path)] }] };
    }

    private DatasetFetcher Fetcher(DatasetManifest manifest, string? reference = null, int chunk = 1000) => new(manifest, new DatasetFetchOptions
    {
        Into = _into,
        Clients = e => TestClients.Create(e, _server, TimeProvider.System),
        Reference = reference,
        ChunkBars = chunk,
    });

    [Fact]
    public async Task Rebuilds_the_file_in_the_shared_layout_with_the_manifest_fingerprint()
    {
        var outcome = Assert.Single(await Fetcher(Manifest()).RunAsync());

        Assert.True(outcome.Status == DatasetFileStatus.Fetched, outcome.Message);
        Assert.Equal(3, outcome.Requests); // 2,829 daily bars in pages of 1,000
        var written = Path.Combine(_into, Btc1d);
        Assert.Empty(DatasetManifestFiles.Verify(Manifest(), _into));
        Assert.False(File.Exists(written + ".partial"));
        // The rebuilt file reads back with the one candle reader into the same bars as the reference copy.
        var rebuilt = CandleCsv.Read(written, Exchange.Binance, new Symbol("BTC", "USDT"), Timeframe.D1).Series!;
        var reference = SharedCandles.BinanceDaily("BTC");
        Assert.Equal(reference.Count, rebuilt.Count);
        Assert.Equal(reference.Close.ToArray(), rebuilt.Close.ToArray());
        Assert.Equal(reference.Volume.ToArray(), rebuilt.Volume.ToArray());
    }

    [Fact]
    public async Task A_file_already_present_with_the_right_fingerprint_is_not_fetched_again()
    {
        await Fetcher(Manifest()).RunAsync();
        var before = _server.Requests.Count;

        var again = Assert.Single(await Fetcher(Manifest()).RunAsync());

        Assert.Equal(DatasetFileStatus.Present, again.Status);
        Assert.Equal(before, _server.Requests.Count);
    }

    [Fact]
    public async Task A_partial_download_resumes_after_its_last_complete_bar()
    {
        // What an interrupted run leaves: 1,500 stored bars and a half-written line.
        var rows = ReferenceRows(Btc1d);
        var partial = Path.Combine(_into, Btc1d) + ".partial";
        Directory.CreateDirectory(Path.GetDirectoryName(partial)!);
        File.WriteAllText(partial, string.Concat(rows.Take(1500).Select(r => r + "\n")) + rows[1500][..12]);
        var resumeAt = long.Parse(rows[1500].Split(',')[0]);

        var outcome = Assert.Single(await Fetcher(Manifest()).RunAsync());

        Assert.True(outcome.Status == DatasetFileStatus.Fetched, outcome.Message);
        Assert.Contains($"startTime={resumeAt}&", _server.Requests.First());
        Assert.Equal(2, outcome.Requests); // 1,329 bars left
        Assert.Empty(DatasetManifestFiles.Verify(Manifest(), _into));
    }

    [Fact]
    public async Task Different_data_from_the_exchange_is_an_error_naming_the_series_and_the_first_differing_bar()
    {
        // 2021-03-01: the exchange now answers another close for one day.
        var changed = new DateTimeOffset(2021, 3, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        _exchange.Tamper = (_, open, row) => open == changed ? [row[0], row[1], row[2], row[3], (decimal.Parse(row[4], System.Globalization.CultureInfo.InvariantCulture) + 1m).ToString(System.Globalization.CultureInfo.InvariantCulture), row[5]] : row;

        var outcome = Assert.Single(await Fetcher(Manifest(), reference: SharedDatasets.RootPath).RunAsync());

        Assert.Equal(DatasetFileStatus.Failed, outcome.Status);
        Assert.Contains("binance BTC/USDT 1d", outcome.Message);
        Assert.Contains("first differing period 2021", outcome.Message);
        Assert.Contains("first differing bar 2021-03-01T00:00Z", outcome.Message);
        Assert.False(File.Exists(Path.Combine(_into, Btc1d)), "a file that differs from the manifest must not be written");
        Assert.False(File.Exists(Path.Combine(_into, Btc1d) + ".partial"));
    }

    [Fact]
    public async Task Without_a_reference_copy_a_difference_names_the_period()
    {
        var changed = new DateTimeOffset(2019, 6, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        _exchange.Tamper = (_, open, row) => open == changed ? [row[0], row[1], row[2], row[3], row[4], "0"] : row;

        var outcome = Assert.Single(await Fetcher(Manifest()).RunAsync());

        Assert.Equal(DatasetFileStatus.Failed, outcome.Status);
        Assert.Contains("first differing period 2019", outcome.Message);
        Assert.Contains("pass --reference DIR", outcome.Message);
    }

    [Fact]
    public async Task A_venue_error_stops_the_file_and_keeps_what_was_downloaded()
    {
        var served = 0;
        _exchange.Tamper = (_, _, row) => ++served > 1000 ? throw new InvalidOperationException("exchange down") : row;

        var outcome = Assert.Single(await Fetcher(Manifest()).RunAsync());

        Assert.Equal(DatasetFileStatus.Failed, outcome.Status);
        Assert.Contains("binance BTC/USDT 1d", outcome.Message);
        Assert.Contains("a rerun resumes there", outcome.Message);
        Assert.Equal(1000, File.ReadAllLines(Path.Combine(_into, Btc1d) + ".partial").Length);
    }

    private static List<string> ReferenceRows(string relative)
    {
        using var gz = new GZipStream(File.OpenRead(SharedDatasets.PathOf(relative)), CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        _ = reader.ReadLine();
        var rows = new List<string>();
        while (reader.ReadLine() is { Length: > 0 } line) rows.Add(CandleFingerprint.NormaliseRow(line, out _, out _)!);
        return rows;
    }
}
