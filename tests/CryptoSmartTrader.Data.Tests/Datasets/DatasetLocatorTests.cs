using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Datasets;

namespace CryptoSmartTrader.Data.Tests.Datasets;

/// <summary>The one dataset resolver: folder search and the candle file of a series in the layout.</summary>
public sealed class DatasetLocatorTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("cst-locate-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Touch(string relative)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "timestamp_ms,open,high,low,close,volume\n");
        return path;
    }

    [Fact]
    public void An_explicit_folder_is_the_only_candidate_and_counts_only_with_candle_files()
    {
        Assert.Equal([_root], DatasetLocator.Candidates(_root));
        Assert.Null(DatasetLocator.Find(_root));

        Touch("candles/binance_spot_1h/BTC_USDT-1h.csv.gz");
        Assert.Equal(_root, DatasetLocator.Find(_root));
    }

    [Fact]
    public void A_datasets_folder_above_the_start_directory_is_found()
    {
        Touch("datasets/candles/binance_spot_1d/BTC_USDT-1d.csv");
        var start = Directory.CreateDirectory(Path.Combine(_root, "a", "b")).FullName;

        Assert.Contains(Path.Combine(_root, "datasets"), DatasetLocator.Candidates(startDirectory: start));
    }

    [Theory]
    [InlineData("")]
    [InlineData("candles")]
    [InlineData("candles/binance_spot_1h")]
    public void The_candle_file_is_found_from_the_root_the_candles_folder_or_the_venue_folder(string from)
    {
        var file = Touch("candles/binance_spot_1h/ETH_USDT-1h.csv.gz");

        Assert.Equal(file, DatasetLocator.FindCandleFile(Path.Combine(_root, from), Exchange.Binance, new Symbol("ETH", "USDT"), Timeframe.H1));
    }

    [Fact]
    public void Kraken_files_named_by_altname_are_found()
    {
        var file = Touch("candles/kraken_spot_1d/XBTUSD-1d.csv.gz");

        Assert.Equal(file, DatasetLocator.FindCandleFile(_root, Exchange.Kraken, new Symbol("BTC", "USD"), Timeframe.D1));
    }

    [Fact]
    public void A_missing_series_is_null_and_the_not_found_message_names_the_fetch_command()
    {
        Assert.Null(DatasetLocator.FindCandleFile(_root, Exchange.Binance, new Symbol("BTC", "USDT"), Timeframe.H1));
        var message = DatasetLocator.NotFoundMessage(_root);
        Assert.Contains("./cst data fetch-datasets", message);
        Assert.Contains("CST_DATASETS", message);
        Assert.Contains(_root, message);
    }
}
