using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Import;
using CryptoSmartTrader.Data.Tests.Support;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Data.Tests.Import;

/// <summary>Imports a few real shared files; row counts and bounds are those listed in the datasets README (section 7).</summary>
public sealed class RealDatasetImportTests
{
    [DatasetFact("candles/kraken_spot_1d/XBTUSD-1d.csv.gz")]
    public async Task Binance_hourly_and_kraken_daily_files_import_completely_and_reimport_is_a_no_op()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var importer = new CandleImporter(store);
        var btc = SharedDatasets.PathOf("candles", "binance_spot_1h", "BTC_USDT-1h.csv.gz");
        var xbt = SharedDatasets.PathOf("candles", "kraken_spot_1d", "XBTUSD-1d.csv.gz");

        var first = await importer.ImportFileAsync(btc);
        Assert.Equal((FileImportStatus.Imported, 67_764, 67_764), (first.Status, first.Rows, first.Inserted));
        var kraken = await importer.ImportFileAsync(xbt);
        Assert.Equal((FileImportStatus.Imported, 2_722), (kraken.Status, kraken.Inserted));
        Assert.Equal(new Symbol("BTC", "USD"), kraken.Symbol);

        var again = await importer.ImportFileAsync(btc);
        Assert.Equal((0, 67_764), (again.Inserted, again.Unchanged));

        var series = await store.ListSeriesAsync();
        var binance = series.Single(s => s.Exchange == Exchange.Binance);
        Assert.Equal(new DateTimeOffset(2017, 8, 17, 4, 0, 0, TimeSpan.Zero), binance.FirstOpen);
        Assert.Equal(new DateTimeOffset(2025, 5, 15, 23, 0, 0, TimeSpan.Zero), binance.LastOpen);

        // The stored bars equal the TestKit's independent reader of the same file, stamped at open and close.
        var loaded = await store.LoadAsync(Exchange.Binance, new Symbol("BTC", "USDT"), Timeframe.H1);
        var reference = SharedCandles.BinanceHourly("BTC");
        Assert.Equal(reference.CloseTimeMs.ToArray(), loaded.CloseTimeMs.ToArray());
        Assert.Equal(reference.Close.ToArray(), loaded.Close.ToArray());
        Assert.Equal(reference.Volume.ToArray(), loaded.Volume.ToArray());
    }

    [DatasetFact("candles/other/BTCUSD-1M-index-2012-2024.csv", "candles/other/BTCUSD-1d-bitstamp2011-coinbase2025.csv.gz")]
    public async Task Folder_import_skips_close_stamped_and_label_stamped_files_with_reasons()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var summary = await new CandleImporter(store).ImportAsync(SharedDatasets.PathOf("candles", "other"));
        Assert.Equal(2, summary.SkippedFiles);
        Assert.Equal(0, summary.RejectedFiles);
        Assert.Contains(summary.Files, f => f.Reason!.Contains("month-end label dates", StringComparison.Ordinal));
    }
}
