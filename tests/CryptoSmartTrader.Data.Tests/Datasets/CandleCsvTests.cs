using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Datasets;

namespace CryptoSmartTrader.Data.Tests.Datasets;

/// <summary>The one candle CSV reader: reads the layout's files and rejects each kind of bad input naming file and line.</summary>
public sealed class CandleCsvTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-csv-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private CandleCsvResult Read(params string[] rows)
    {
        var path = Path.Combine(_dir, "BTC_USDT-1h.csv");
        File.WriteAllLines(path, ["timestamp_ms,open,high,low,close,volume", .. rows]);
        return CandleCsv.Read(path, Exchange.Binance, new Symbol("BTC", "USDT"), Timeframe.H1);
    }

    [Fact]
    public void Reads_bars_stamped_at_open_and_close()
    {
        var result = Read("1704067200000,42283.58,42554.57,42261.02,42475.23,1271.68108,77", "1704070800000,42475.23,42775,42431.65,42613.56,1196.37856,12");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(2, result.Series!.Count);
        Assert.Equal(1704070800000, result.Series.CloseTimeMs[0]);
        Assert.Equal(42613.56, result.Series.Close[1]);
    }

    [Theory]
    [InlineData("1704067200000,42283.58,abc,42261.02,42475.23,1271.68", ":2: high: expected a number, got 'abc'")]
    [InlineData("1704067200000,42283.58,NaN,42261.02,42475.23,1271.68", ":2: high is NaN (expected a finite number)")]
    [InlineData("1704067200000,42283.58,42554.57,42261.02", ":2: expected at least 6 columns")]
    [InlineData("1704067200001,42283.58,42554.57,42261.02,42475.23,1271.68", ":2: timestamp 2024-01-01T00:00:00Z is not aligned to the 1h bar grid")]
    [InlineData("1704067200000,42283.58,42554.57,42261.02,42475.23,-1", ":2: volume must be >= 0")]
    public void A_bad_row_fails_the_file_naming_the_line_and_what_was_expected(string row, string expected)
    {
        var result = Read(row);

        Assert.False(result.IsSuccess);
        Assert.Contains("BTC_USDT-1h.csv" + expected, result.Error);
    }

    [Fact]
    public void Rows_out_of_time_order_fail_the_file()
    {
        var result = Read("1704070800000,42475.23,42775,42431.65,42613.56,1196.37", "1704067200000,42283.58,42554.57,42261.02,42475.23,1271.68");

        Assert.Contains(":3: timestamp 2024-01-01T00:00:00Z is before the previous row's", result.Error);
    }

    [Fact]
    public void A_missing_file_is_a_result_naming_it()
    {
        var result = CandleCsv.Read(Path.Combine(_dir, "nope.csv.gz"), Exchange.Binance, new Symbol("BTC", "USDT"), Timeframe.H1);

        Assert.False(result.IsSuccess);
        Assert.Contains("nope.csv.gz: cannot read the file", result.Error);
    }
}
