using System.Text.Json;
using CryptoSmartTrader.Data.Datasets;
using CryptoSmartTrader.Data.Tests.Datasets;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Cli.Tests.Commands.Data;

/// <summary>
/// <c>cst data fetch-datasets</c> against a loopback Binance that pages the recorded klines: a fresh folder gets the
/// datasets in the shared layout with the manifest's fingerprints, and <c>--check</c> proves a folder matches.
/// </summary>
public sealed class FetchDatasetsCommandTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;
    private readonly string _into = Directory.CreateTempSubdirectory("cst-fetch-cli-").FullName;

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        new RecordedKlinesExchange(SharedDatasets.RootPath).MapOn(_server);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_into, recursive: true);
    }

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, TimeProvider.System);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string[] Fetch(params string[] extra) =>
        ["data", "fetch-datasets", "--manifest", SharedDatasets.ManifestPath, "--into", _into, "--binance-url", _server.BaseUrl.ToString(), .. extra];

    [Fact]
    public async Task Fetches_the_selected_datasets_into_the_shared_layout_and_they_pass_the_check()
    {
        var result = await Run(Fetch("--only", "binance_spot_1d,binance_spot_5m_sample", "--json"));

        Assert.True(result.Code == 0, result.Out + result.Err);
        var files = JsonDocument.Parse(result.Out).RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(31, files.Count);
        Assert.All(files, f => Assert.Equal("fetched", f.GetProperty("status").GetString()));
        Assert.True(File.Exists(Path.Combine(_into, "candles", "binance_spot_1d", "SOL_USDT-1d.csv.gz")));
        Assert.True(File.Exists(Path.Combine(_into, "candles", "binance_spot_5m_sample", "XRP_ETH-5m-2019-10-11.csv")));
        // The folder is now a dataset folder the product finds.
        Assert.Equal(_into, DatasetLocator.Find(_into));

        var check = await Run("data", "fetch-datasets", "--manifest", SharedDatasets.ManifestPath, "--into", _into, "--check", "--only", "binance_spot_1d,binance_spot_5m_sample");
        Assert.True(check.Code == 0, check.Out + check.Err);
        Assert.Contains("every selected dataset matches the manifest", check.Out);
    }

    [Fact]
    public async Task Datasets_that_cannot_be_fetched_are_listed_with_where_to_get_them()
    {
        var result = await Run(Fetch("--only", "binance_spot_5m_sample"));

        Assert.True(result.Code == 0, result.Out + result.Err);
        Assert.Contains("1 fetched, 0 already present, 0 failed", result.Out);
        Assert.Contains("not fetched: sentiment_cryptolin (missing): ", result.Out);
        Assert.Contains("not fetched: trades (fixture): ", result.Out);
    }

    [Fact]
    public async Task Check_fails_naming_the_file_that_differs()
    {
        var file = Path.Combine(_into, "candles", "binance_spot_5m_sample", "XRP_ETH-5m-2019-10-11.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.Copy(SharedDatasets.PathOf("candles", "binance_spot_5m_sample", "XRP_ETH-5m-2019-10-11.csv"), file);
        var lines = File.ReadAllLines(file);
        lines[^1] = string.Join(',', lines[^1].Split(',').Select((v, i) => i == 5 ? "123.5" : v));
        File.WriteAllLines(file, lines);

        var result = await Run("data", "fetch-datasets", "--manifest", SharedDatasets.ManifestPath, "--into", _into, "--check", "--only", "binance_spot_5m_sample");

        Assert.Equal(1, result.Code);
        Assert.Contains("binance XRP/ETH 5m (candles/binance_spot_5m_sample/XRP_ETH-5m-2019-10-11.csv): fingerprint differs", result.Out);
        Assert.Contains("first differing period 2019-10", result.Out);
    }

    [Theory]
    [InlineData("--only", "no_such_dataset", "--only: unknown dataset id(s) no_such_dataset")]
    [InlineData("--manifest", "/nonexistent/manifest.json", "--manifest: no such file")]
    public async Task Bad_arguments_are_usage_errors_naming_the_option(string option, string value, string expected)
    {
        var args = Fetch().ToList();
        if (args.IndexOf(option) is var i and >= 0) args[i + 1] = value;
        else args.AddRange([option, value]);

        var result = await Run([.. args]);

        Assert.Equal(2, result.Code);
        Assert.Contains(expected, result.Err);
    }

    [Fact]
    public async Task A_malformed_manifest_fails_naming_the_file()
    {
        var manifest = Path.Combine(_into, "manifest.json");
        File.WriteAllText(manifest, "{ not json");

        var result = await Run("data", "fetch-datasets", "--manifest", manifest, "--into", _into);

        Assert.Equal(1, result.Code);
        Assert.Contains($"{manifest}: not a valid dataset manifest", result.Err);
    }
}
