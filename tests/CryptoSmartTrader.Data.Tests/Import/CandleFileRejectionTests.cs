using CryptoSmartTrader.Data.Import;
using CryptoSmartTrader.Data.Tests.Support;

namespace CryptoSmartTrader.Data.Tests.Import;

/// <summary>Each kind of bad row rejects the whole file with <c>file:line: reason</c> and stores nothing from it.</summary>
public sealed class CandleFileRejectionTests
{
    private const string Header = "timestamp_ms,open,high,low,close,volume\n";

    // 2024-01-01T00:00Z and the next two hours.
    private const string Row1 = "1704067200000,100,110,95,105,12.5\n";
    private const string Row2 = "1704070800000,105,106,101,102,3\n";

    [Theory]
    [InlineData("1704074400000,NaN,110,95,105,1\n", "open is NaN")]
    [InlineData("1704074400000,100,Infinity,95,105,1\n", "high is Infinity")]
    [InlineData("1704074400000,-100,110,95,105,1\n", "open must be > 0, got -100")]
    [InlineData("1704074400000,100,110,95,0,1\n", "close must be > 0, got 0")]
    [InlineData("1704074400000,100,110,95,105,-1\n", "volume must be >= 0, got -1")]
    [InlineData("1704074400000,100,90,95,92,1\n", "high 90 is below low 95")]
    [InlineData("1704074400000,100,104,95,105,1\n", "high 104 is below max(open 100, close 105)")]
    [InlineData("1704074400000,100,110,101,105,1\n", "low 101 is above min(open 100, close 105)")]
    [InlineData("1704074400000,100,110,9x5,105,1\n", "low: expected a number, got '9x5'")]
    [InlineData("2024-01-01 02:00,100,110,95,105,1\n", "timestamp_ms: expected integer epoch milliseconds, got '2024-01-01 02:00'")]
    [InlineData("1704074400000,100,110,95,105\n", "expected at least 6 columns")]
    [InlineData("1704067200000,100,110,95,105,12.5\n", "before the previous row's 2024-01-01T01:00:00Z")]
    [InlineData("1704070800000,105,106,101,102,4\n", "duplicate timestamp 2024-01-01T01:00:00Z (first on line 3) with different values")]
    [InlineData("1704074460000,100,110,95,105,1\n", "not aligned to the 1h bar grid")]
    [InlineData("1704074400,100,110,95,105,1\n", "outside 2009..2200")]
    [InlineData("1704074400000000,100,110,95,105,1\n", "outside 2009..2200")]
    [InlineData("\n1704074400000,100,110,95,105,1\n", "empty line")]
    public async Task Bad_row_rejects_the_file_naming_line_and_reason(string badRow, string reason)
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var path = temp.Write("binance_spot_1h/BTC_USDT-1h.csv", Header + Row1 + Row2 + badRow);

        var result = await new CandleImporter(store).ImportFileAsync(path);

        Assert.Equal(FileImportStatus.Rejected, result.Status);
        Assert.StartsWith($"{path}:4: ", result.Reason);
        Assert.Contains(reason, result.Reason);
        Assert.Empty(await store.ListSeriesAsync());
    }

    [Fact]
    public async Task Bad_header_is_rejected_on_line_one()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var path = temp.Write("binance_spot_1h/BTC_USDT-1h.csv", "date,o,h,l,c,v\n" + Row1);
        var result = await new CandleImporter(store).ImportFileAsync(path);
        Assert.Equal(FileImportStatus.Rejected, result.Status);
        Assert.StartsWith($"{path}:1: expected a header", result.Reason);
    }

    [Fact]
    public async Task Corrupt_gzip_is_rejected()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var path = temp.Write("binance_spot_1h/BTC_USDT-1h.csv.gz", "this is not gzip");
        var result = await new CandleImporter(store).ImportFileAsync(path);
        Assert.Equal(FileImportStatus.Rejected, result.Status);
        Assert.Equal($"{path}: not gzip data (no gzip header at byte 0)", result.Reason);
    }

    [Fact]
    public async Task Identical_repeated_row_is_ignored_and_counted()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var path = temp.Write("binance_spot_1h/BTC_USDT-1h.csv", Header + Row1 + Row2 + Row2);
        var result = await new CandleImporter(store).ImportFileAsync(path);
        Assert.Equal(FileImportStatus.Imported, result.Status);
        Assert.Equal((2, 2, 1), (result.Rows, result.Inserted, result.IdenticalDuplicateLines));
    }

    [Fact]
    public async Task Reimport_is_a_no_op_and_a_conflicting_file_is_rejected_leaving_the_store_intact()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var importer = new CandleImporter(store);
        var path = temp.Write("binance_spot_1h/BTC_USDT-1h.csv", Header + Row1 + Row2);
        Assert.Equal(2, (await importer.ImportFileAsync(path)).Inserted);

        var again = await importer.ImportFileAsync(path);
        Assert.Equal((FileImportStatus.Imported, 0, 2), (again.Status, again.Inserted, again.Unchanged));

        // Same key, different close: rejected at the line of the conflicting bar, and the new third bar is not stored either.
        var conflicting = temp.Write("more/binance_spot_1h/BTC_USDT-1h.csv", Header + Row1 + "1704070800000,105,106,101,103,3\n" + "1704074400000,103,104,102,103,1\n");
        var rejected = await importer.ImportFileAsync(conflicting);
        Assert.Equal(FileImportStatus.Rejected, rejected.Status);
        Assert.StartsWith($"{conflicting}:3: ", rejected.Reason);
        Assert.Contains("never overwritten", rejected.Reason);

        var stored = await store.LoadAsync(Core.Markets.Exchange.Binance, new Core.Markets.Symbol("BTC", "USDT"), Core.Markets.Timeframe.H1);
        Assert.Equal([105.0, 102], stored.Close.ToArray());
    }
}
