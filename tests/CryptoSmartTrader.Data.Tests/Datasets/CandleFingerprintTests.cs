using System.IO.Compression;
using CryptoSmartTrader.Data.Datasets;

namespace CryptoSmartTrader.Data.Tests.Datasets;

/// <summary>The fingerprint depends on the bars only, not on how the file was written; any changed value changes it and its period block.</summary>
public sealed class CandleFingerprintTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-fp-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // Two real BTC/USDT hourly bars (Binance, 2024-01-01 00:00 and 01:00 UTC).
    private static readonly string[] Bars = ["1704067200000,42283.58,42554.57,42261.02,42475.23,1271.68108", "1704070800000,42475.23,42775,42431.65,42613.56,1196.37856"];

    private CandleFileFingerprint Of(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        if (name.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var gz = new GZipStream(File.Create(path), CompressionMode.Compress);
            using var w = new StreamWriter(gz);
            w.Write(text);
        }
        else
        {
            File.WriteAllText(path, text);
        }

        return CandleFingerprint.OfFile(path, yearlyBlocks: false);
    }

    [Fact]
    public void Gzip_line_endings_trailing_zeros_and_extra_columns_do_not_change_it()
    {
        var plain = Of("a.csv", "timestamp_ms,open,high,low,close,volume\n" + string.Join("\n", Bars) + "\n");
        var gz = Of("b.csv.gz", "timestamp_ms,open,high,low,close,volume\r\n" + string.Join("\r\n", Bars));
        var padded = Of("c.csv", "timestamp_ms,open,high,low,close,volume,trades\n" +
            "1704067200000,42283.58000000,42554.57000000,42261.02000000,42475.23000000,1271.68108000,77\n" +
            "1704070800000,42475.23,42775.00000000,42431.65,42613.56,1196.37856,12\n");

        Assert.Equal(plain.Sha256, gz.Sha256);
        Assert.Equal(plain.Sha256, padded.Sha256);
        Assert.Equal(2, plain.Rows);
        Assert.Equal(plain.Blocks, padded.Blocks);
        // The adapters' decimals normalise to the same row as the file's text.
        Assert.Equal(CandleFingerprint.NormaliseRow(Bars[1], out _, out _), CandleFingerprint.Row(1704070800000, 42475.23m, 42775.00000000m, 42431.65m, 42613.56m, 1196.37856000m));
    }

    [Fact]
    public void A_changed_volume_changes_the_fingerprint_and_its_month_block()
    {
        var original = Of("a.csv", string.Join("\n", Bars));
        var changed = Of("b.csv", Bars[0] + "\n" + Bars[1].Replace("1196.37856", "1196.37857", StringComparison.Ordinal));

        Assert.NotEqual(original.Sha256, changed.Sha256);
        Assert.NotEqual(original.Blocks["2024-01"], changed.Blocks["2024-01"]);
        Assert.StartsWith("2:", changed.Blocks["2024-01"]);
    }

    [Fact]
    public void An_unparsable_value_fails_naming_file_and_line()
    {
        var ex = Assert.Throws<InvalidDataException>(() => Of("bad.csv", "timestamp_ms,open,high,low,close,volume\n" + Bars[0] + "\n1704070800000,x,1,1,1,1\n"));

        Assert.Contains("bad.csv:3: column 2: expected a finite number, got 'x'", ex.Message);
    }
}
