using System.IO.Compression;
using System.Text;
using CryptoSmartTrader.Data.Import;
using CryptoSmartTrader.Data.Tests.Support;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Data.Tests.Import;

/// <summary>
/// A cut or damaged file is refused as a whole: a truncated download must never store its first rows as if they were all
/// (issue 19 item 2: a real ETH file cut at 7 of 22 points imported with exit 0 and a wrong last bar).
/// </summary>
public sealed class TruncatedFileTests
{
    private const string Header = "timestamp_ms,open,high,low,close,volume\n";
    private const string Row1 = "1704067200000,100,110,95,105,12.5\n";
    private const string Row2 = "1704070800000,105,106,101,102,390.94791\n";

    public static TheoryData<int> GzipCutPoints()
    {
        var length = (int)new FileInfo(EthFile).Length;
        var data = new TheoryData<int> { 1, 2, 10, 17, 26_102, length - 8, length - 5, length - 4, length - 1 };
        // 24 more cuts spread over the whole file, off any block boundary the encoder might have used.
        for (var i = 1; i <= 24; i++)
        {
            data.Add((int)((long)length * i / 25) + 7 * i);
        }

        return data;
    }

    private static string EthFile => SharedDatasets.PathOf("candles", "binance_spot_1h", "ETH_USDT-1h.csv.gz");

    [Theory]
    [MemberData(nameof(GzipCutPoints))]
    public async Task Truncated_real_gzip_file_is_rejected_naming_file_and_byte_offset_and_nothing_is_stored(int cut)
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var path = Path.Combine(temp.Path, "binance_spot_1h", "ETH_USDT-1h.csv.gz");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, (await File.ReadAllBytesAsync(EthFile))[..cut]);

        var result = await new CandleImporter(store).ImportFileAsync(path);

        Assert.Equal(FileImportStatus.Rejected, result.Status);
        Assert.StartsWith(path + ":", result.Reason);
        Assert.Contains("byte ", result.Reason);
        Assert.Empty(await store.ListSeriesAsync());
    }

    [Fact]
    public async Task Intact_real_gzip_file_still_imports_after_a_truncated_copy_was_refused()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var bytes = await File.ReadAllBytesAsync(EthFile);
        var cutPath = Path.Combine(temp.Path, "cut", "binance_spot_1h", "ETH_USDT-1h.csv.gz");
        Directory.CreateDirectory(Path.GetDirectoryName(cutPath)!);
        await File.WriteAllBytesAsync(cutPath, bytes[..26_102]);
        var importer = new CandleImporter(store);

        var cut = await importer.ImportFileAsync(cutPath);
        var whole = await importer.ImportFileAsync(EthFile);

        Assert.Equal(FileImportStatus.Rejected, cut.Status);
        Assert.Contains("gzip data ends at byte 26102", cut.Reason);
        Assert.Equal(FileImportStatus.Imported, whole.Status);
        Assert.Equal(whole.Rows, whole.Inserted);
    }

    [Fact]
    public async Task Corrupt_byte_inside_real_gzip_file_is_rejected_naming_an_offset_near_it()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var bytes = await File.ReadAllBytesAsync(EthFile);
        var at = bytes.Length / 2;
        bytes[at] ^= 0x55;
        var path = Path.Combine(temp.Path, "binance_spot_1h", "ETH_USDT-1h.csv.gz");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes);

        var result = await new CandleImporter(store).ImportFileAsync(path);

        Assert.Equal(FileImportStatus.Rejected, result.Status);
        Assert.Contains(path, result.Reason);
        var offset = long.Parse(result.Reason!.Split("byte ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        // Damage is detected where the decoder meets it or, for a bit flip it can decode, at the trailer's CRC check.
        Assert.True(offset >= at, $"offset {offset} is before the damaged byte {at}: {result.Reason}");
        Assert.Empty(await store.ListSeriesAsync());
    }

    [Fact]
    public async Task Gzip_trailer_with_wrong_length_is_rejected()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var bytes = Gzip(Header + Row1 + Row2);
        bytes[^1] ^= 0x01;
        var path = temp.WriteBytes("binance_spot_1h/BTC_USDT-1h.csv.gz", bytes);

        var result = await new CandleImporter(store).ImportFileAsync(path);

        Assert.Equal(FileImportStatus.Rejected, result.Status);
        Assert.Contains($"byte {bytes.Length}", result.Reason);
    }

    [Fact]
    public async Task Multi_member_gzip_file_imports_completely()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var path = temp.WriteBytes("binance_spot_1h/BTC_USDT-1h.csv.gz", [.. Gzip(Header + Row1), .. Gzip(Row2)]);

        var result = await new CandleImporter(store).ImportFileAsync(path);

        Assert.Equal((FileImportStatus.Imported, 2), (result.Status, result.Inserted));
    }

    public static TheoryData<int> CsvCutPoints()
    {
        // Every cut strictly inside the second data row: the last row loses its line end and maybe digits.
        var data = new TheoryData<int>();
        var start = Header.Length + Row1.Length;
        for (var cut = start + 1; cut < start + Row2.Length; cut++)
        {
            data.Add(cut);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CsvCutPoints))]
    public async Task Csv_cut_inside_its_last_row_is_rejected_on_that_line(int cut)
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var path = temp.Write("binance_spot_1h/BTC_USDT-1h.csv", (Header + Row1 + Row2)[..cut]);

        var result = await new CandleImporter(store).ImportFileAsync(path);

        Assert.Equal(FileImportStatus.Rejected, result.Status);
        Assert.StartsWith($"{path}:3: the last row has no line end", result.Reason);
        Assert.Empty(await store.ListSeriesAsync());
    }

    [Theory]
    [InlineData("", ":1: the file is empty (expected a header and data rows)")]
    [InlineData(Header, ":1: no data rows (only a header)")]
    [InlineData(Header + "\n\n", ":1: no data rows (only a header)")]
    public async Task Empty_or_header_only_csv_is_rejected(string content, string reason)
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var path = temp.Write("binance_spot_1h/BTC_USDT-1h.csv", content);

        var result = await new CandleImporter(store).ImportFileAsync(path);

        Assert.Equal(FileImportStatus.Rejected, result.Status);
        Assert.Equal(path + reason, result.Reason);
    }

    [Fact]
    public async Task Empty_and_header_only_gzip_files_are_rejected()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var empty = temp.WriteBytes("binance_spot_1h/BTC_USDT-1h.csv.gz", []);
        var headerOnly = temp.WriteBytes("binance_spot_1h/ETH_USDT-1h.csv.gz", Gzip(Header));
        var importer = new CandleImporter(store);

        var first = await importer.ImportFileAsync(empty);
        var second = await importer.ImportFileAsync(headerOnly);

        Assert.Equal($"{empty}: empty file (0 bytes; expected gzip data)", first.Reason);
        Assert.Equal($"{headerOnly}:1: no data rows (only a header)", second.Reason);
        Assert.Empty(await store.ListSeriesAsync());
    }

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }
}
