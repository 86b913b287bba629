using CryptoSmartTrader.Data.Datasets;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Data.Tests.Datasets;

/// <summary>
/// <c>datasets/manifest.json</c> documents the reference copy exactly (every file, fingerprints recomputed), the shipped
/// fixtures are the same bytes, and every dataset carries a decision a clone can act on.
/// </summary>
public sealed class DatasetManifestTests
{
    private static readonly DatasetManifest Manifest = DatasetManifest.Load(SharedDatasets.ManifestPath);

    /// <summary>
    /// Fingerprints recomputed: on the reference copy (<c>../shared/datasets</c>, recognised by its README and integrity
    /// report) every listed file must be there and match; in a fetched folder every re-downloadable file must, and any
    /// other file that is present.
    /// </summary>
    [Fact]
    public void Every_file_of_the_dataset_folder_matches_its_manifest_entry()
    {
        var root = SharedDatasets.RootPath;
        var isReference = File.Exists(Path.Combine(root, "README.md")) && File.Exists(Path.Combine(root, "integrity_report.json"));
        var problems = DatasetManifestFiles.Verify(Manifest, root, d => isReference || d.Decision == DatasetDecision.Fetch
            || (d.Kind != "documentation" && d.Files.Any(f => File.Exists(Path.Combine(root, f.Path)) || Directory.Exists(Path.Combine(root, f.Path)))));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_file_of_the_dataset_folder_is_described()
    {
        // A fetched datasets/ folder also holds the repository's manifest and README and the fetch's own stamp.
        var uncovered = DatasetManifestFiles.Uncovered(Manifest, SharedDatasets.RootPath)
            .Where(p => p != DatasetManifest.FileName && !Path.GetFileName(p).StartsWith('.')).ToList();

        Assert.True(uncovered.Count == 0, "not in datasets/manifest.json: " + string.Join(", ", uncovered));
    }

    [Fact]
    public void Shipped_fixtures_have_the_manifest_fingerprints()
    {
        var fixtures = Manifest.Datasets.Where(d => d.Decision == DatasetDecision.Fixture).ToList();
        var problems = DatasetManifestFiles.Verify(Manifest, SharedDatasets.FixturesRoot, d => d.Decision == DatasetDecision.Fixture);

        Assert.NotEmpty(fixtures);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.All(fixtures, d => Assert.Equal($"tests/fixtures/datasets/{d.Path}", d.Fixture));
    }

    [Fact]
    public void Every_dataset_states_its_source_licence_and_how_a_clone_gets_it()
    {
        Assert.All(Manifest.Datasets, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Licence), d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.HowToGet), d.Id);
            Assert.NotEmpty(d.Files);
            Assert.All(d.RecordedFrom, key => Assert.True(Manifest.Sources.ContainsKey(key), $"{d.Id}: unknown source {key}"));
        });
    }

    [Fact]
    public void Fetchable_datasets_carry_what_the_fetcher_needs()
    {
        var fetchable = Manifest.Datasets.Where(d => d.Decision == DatasetDecision.Fetch).ToList();

        Assert.NotEmpty(fetchable);
        Assert.All(fetchable, d =>
        {
            Assert.Equal("candles", d.Kind);
            Assert.Equal("binance", d.Exchange);
            Assert.StartsWith("GET https://api.binance.com/api/v3/klines", d.Endpoint);
            Assert.All(d.Files, f => Assert.True(f.Symbol is not null && f.First is not null && f.Last is not null && f.Rows > 0 && f.Blocks is { Count: > 0 }, f.Path));
        });
    }

    [Theory]
    [InlineData("candles/binance_spot_1h/BTC_USDT-1h.csv.gz", "./cst data fetch-datasets")]
    [InlineData("candles/kraken_spot_1d/XBTUSD-1d.csv.gz", "OHLCVT")]
    [InlineData("sentiment/cryptolin_headlines.csv", "manoelgadi/SentimentScore")]
    [InlineData("trades/kraken_XBTUSDT_trades_2025-11-10.csv", "tests/fixtures/datasets/trades")]
    [InlineData("api_fixtures/jkorf/Kraken/Endpoints/Spot/ExchangeData/GetKlines.txt", "tests/fixtures/datasets/api_fixtures/jkorf")]
    [InlineData("api_fixtures/jkorf/Kraken/Endpoints/Futures/ExchangeData/GetKlines.txt", "JKorf repositories")]
    public void A_missing_dataset_is_explained_by_the_manifest(string path, string expected)
    {
        Assert.Contains(expected, Manifest.HowToGet(path));
    }
}
