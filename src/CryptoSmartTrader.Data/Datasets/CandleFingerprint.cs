using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CryptoSmartTrader.Data.Datasets;

/// <summary>
/// Content fingerprints that do not depend on how a file was written (gzip or not, CRLF, trailing zeros, extra columns):
/// each data row becomes <c>timestamp_ms,open,high,low,close,volume</c> with the timestamp as an integer and each value
/// as the shortest text that round-trips its double (invariant culture), rows end in <c>\n</c>; the fingerprint is the
/// SHA-256 of those bytes. Rows are also grouped into blocks (UTC month for intraday files, UTC year for daily and
/// longer) hashed the same way, so a mismatch can be traced to the first differing period and bar.
/// </summary>
public static class CandleFingerprint
{
    public const string Definition =
        "candles: SHA-256 (hex) of the normalised rows 'timestamp_ms,open,high,low,close,volume\\n' (integer timestamp; values as the " +
        "shortest round-trip text of their double, invariant culture; header and extra columns left out); blocks: per UTC month " +
        "(intraday) or year (daily and longer) 'rows:first 16 hex of the block's SHA-256'. Other files: SHA-256 of the decompressed " +
        "bytes; a folder entry: SHA-256 of its sorted 'relative/path<TAB>sha256\\n' lines.";

    /// <summary>One normalised row, or null with a reason naming the line.</summary>
    public static string? NormaliseRow(string line, out long openMs, out string? error)
    {
        openMs = 0;
        var f = line.Split(',');
        if (f.Length < 6 || !long.TryParse(f[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out openMs))
        {
            error = $"expected timestamp_ms,open,high,low,close,volume, got '{Short(line)}'";
            return null;
        }

        var sb = new StringBuilder(80).Append(openMs.ToString(CultureInfo.InvariantCulture));
        for (var i = 1; i <= 5; i++)
        {
            if (!double.TryParse(f[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            {
                error = $"column {i + 1}: expected a finite number, got '{Short(f[i])}'";
                return null;
            }

            sb.Append(',').Append(v.ToString("R", CultureInfo.InvariantCulture));
        }

        error = null;
        return sb.ToString();
    }

    /// <summary>The normalised row of a bar given as decimals (what the exchange adapters return).</summary>
    public static string Row(long openMs, decimal open, decimal high, decimal low, decimal close, decimal volume) =>
        string.Join(',', openMs.ToString(CultureInfo.InvariantCulture), V(open), V(high), V(low), V(close), V(volume));

    /// <summary>The block a bar belongs to.</summary>
    public static string BlockOf(long openMs, bool yearly) =>
        DateTimeOffset.FromUnixTimeMilliseconds(openMs).ToString(yearly ? "yyyy" : "yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Daily and longer files are blocked by year, shorter ones by month.</summary>
    public static bool YearlyBlocks(string? timeframe) => timeframe is "1d" or "3d" or "1w" or "1M";

    /// <summary>Fingerprints a candle file; rows that cannot be normalised fail with <c>file:line: reason</c>.</summary>
    public static CandleFileFingerprint OfFile(string path, bool yearlyBlocks)
    {
        var text = Encoding.UTF8.GetString(CandleCsv.ReadBytes(path));
        var rows = new List<(long OpenMs, string Row)>();
        var lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || (lineNo == 1 && !char.IsAsciiDigit(line[0]) && line[0] != '-'))
            {
                continue;
            }

            var row = NormaliseRow(line, out var ms, out var error) ?? throw new InvalidDataException($"{path}:{lineNo}: {error}");
            rows.Add((ms, row));
        }

        return Of(rows, yearlyBlocks);
    }

    /// <summary>Fingerprints normalised rows in file order.</summary>
    public static CandleFileFingerprint Of(IReadOnlyList<(long OpenMs, string Row)> rows, bool yearlyBlocks)
    {
        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var blocks = new SortedDictionary<string, string>(StringComparer.Ordinal);
        IncrementalHash? block = null;
        string? key = null;
        var count = 0;
        void Close()
        {
            if (block is not null)
            {
                blocks[key!] = $"{count}:{Convert.ToHexStringLower(block.GetHashAndReset())[..16]}";
                block.Dispose();
            }
        }

        foreach (var (ms, row) in rows)
        {
            var k = BlockOf(ms, yearlyBlocks);
            if (k != key)
            {
                Close();
                block = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                key = k;
                count = 0;
            }

            var bytes = Encoding.UTF8.GetBytes(row + "\n");
            all.AppendData(bytes);
            block!.AppendData(bytes);
            count++;
        }

        Close();
        return new CandleFileFingerprint(rows.Count, rows.Count == 0 ? null : rows[0].OpenMs, rows.Count == 0 ? null : rows[^1].OpenMs,
            Convert.ToHexStringLower(all.GetHashAndReset()), blocks);
    }

    /// <summary>SHA-256 of a file's bytes (decompressed when gzip), and its line count (less the header line of a CSV).</summary>
    public static (string Sha256, long Rows) OfOtherFile(string path)
    {
        var bytes = CandleCsv.ReadBytes(path);
        var lines = 0L;
        foreach (var b in bytes)
        {
            if (b == (byte)'\n') lines++;
        }

        if (bytes.Length > 0 && bytes[^1] != (byte)'\n') lines++;
        if (path.Contains(".csv", StringComparison.OrdinalIgnoreCase) && bytes.Length > 0 && char.IsAsciiLetter((char)bytes[0])) lines--; // header
        return (Convert.ToHexStringLower(SHA256.HashData(bytes)), lines);
    }

    /// <summary>SHA-256 over the sorted <c>relative/path&lt;TAB&gt;sha256</c> lines of every file below a folder.</summary>
    public static (string Sha256, int Files) OfFolder(string folder)
    {
        var lines = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => $"{Path.GetRelativePath(folder, f).Replace('\\', '/')}\t{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))}\n")
            .Order(StringComparer.Ordinal).ToList();
        return (Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(lines)))), lines.Count);
    }

    public static string Iso(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    // Through text: parsing is correctly rounded, a direct decimal-to-double cast is not guaranteed to be.
    private static string V(decimal d) =>
        double.Parse(d.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);

    private static string Short(string s) => s.Length > 60 ? s[..60] + "…" : s;
}

/// <summary>A candle file's fingerprint: rows, first and last open time, SHA-256 and block fingerprints.</summary>
public sealed record CandleFileFingerprint(int Rows, long? FirstOpenMs, long? LastOpenMs, string Sha256, SortedDictionary<string, string> Blocks);
