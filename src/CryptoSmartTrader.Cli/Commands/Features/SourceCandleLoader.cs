using System.Globalization;
using System.IO.Compression;
using System.Text;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Cli.Commands.Features;

/// <summary>
/// Reads one candle file in the shared-datasets layout (<c>timestamp_ms,open,high,low,close,volume[,…]</c>, open times in
/// UTC ms, optionally gzipped) for <c>cst features --source</c>. A bad row fails the command with its line number:
/// nothing is skipped, filled or repaired.
/// </summary>
internal static class SourceCandleLoader
{
    /// <summary>The file for the series: <paramref name="source"/> itself, or <c>SOURCE/BASE_QUOTE-TF.csv[.gz]</c>.</summary>
    public static string Resolve(string source, Symbol symbol, Timeframe timeframe)
    {
        if (File.Exists(source))
        {
            return source;
        }

        if (!Directory.Exists(source))
        {
            throw new CliFailureException($"--source: no such file or folder: {Path.GetFullPath(source)}");
        }

        return TryResolveInFolder(source, symbol, timeframe)
            ?? throw new CliFailureException($"--source: no {symbol.ToFileToken()}-{timeframe.Code}.csv.gz or {symbol.ToFileToken()}-{timeframe.Code}.csv in {Path.GetFullPath(source)}");
    }

    /// <summary><c>FOLDER/BASE_QUOTE-TF.csv.gz</c> or <c>.csv</c>, or null when neither exists.</summary>
    public static string? TryResolveInFolder(string folder, Symbol symbol, Timeframe timeframe)
    {
        var stem = $"{symbol.ToFileToken()}-{timeframe.Code}";
        foreach (var name in new[] { stem + ".csv.gz", stem + ".csv" })
        {
            var path = Path.Combine(folder, name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    public static CandleSeries Load(string path, Exchange exchange, Symbol symbol, Timeframe timeframe)
    {
        var data = ReadAll(path);
        var span = data.AsSpan();
        var nl = span.IndexOf((byte)'\n');
        var header = Encoding.UTF8.GetString(TrimCr(nl < 0 ? span : span[..nl]));
        if (data.Length == 0 || !header.StartsWith("timestamp_ms,open,high,low,close,volume", StringComparison.Ordinal))
        {
            throw new CliFailureException($"{path}: expected the header timestamp_ms,open,high,low,close,volume, got '{(data.Length == 0 ? null : header)}'");
        }

        // Parsed straight from the UTF-8 bytes (no string per line or per field): the same rules as double/long.TryParse on text.
        var builder = new CandleSeriesBuilder(exchange, symbol, timeframe, Math.Max(16, data.Length / 60));
        var lineNumber = 1;
        var pos = nl < 0 ? span.Length : nl + 1;
        while (pos < span.Length)
        {
            lineNumber++;
            var rest = span[pos..];
            var end = rest.IndexOf((byte)'\n');
            var line = TrimCr(end < 0 ? rest : rest[..end]);
            pos += end < 0 ? rest.Length : end + 1;
            if (line.Length == 0)
            {
                continue;
            }

            if (!TryRow(line, out var openMs, out var o, out var h, out var l, out var c, out var v))
            {
                throw new CliFailureException($"{path}:{lineNumber}: expected timestamp_ms,open,high,low,close,volume numbers, got '{Encoding.UTF8.GetString(line)}'");
            }

            if (!builder.TryAdd(openMs, timeframe.CloseOfMs(openMs), o, h, l, c, v, out var error))
            {
                throw new CliFailureException($"{path}:{lineNumber}: {error}");
            }
        }

        return builder.Build();
    }

    /// <summary>The whole file, gunzipped when it ends in .gz.</summary>
    private static byte[] ReadAll(string path)
    {
        using var file = File.OpenRead(path);
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            var bytes = new byte[file.Length];
            file.ReadExactly(bytes);
            return bytes;
        }

        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var all = new MemoryStream(checked((int)Math.Min(int.MaxValue / 2, file.Length * 4)));
        gz.CopyTo(all, 1 << 20);
        return all.GetBuffer().AsSpan(0, (int)all.Length).ToArray();
    }

    private static bool TryRow(ReadOnlySpan<byte> line, out long openMs, out double o, out double h, out double l, out double c, out double v)
    {
        o = h = l = c = v = 0;
        openMs = 0;
        return Field(ref line, out var f0) && long.TryParse(f0, NumberStyles.Integer, CultureInfo.InvariantCulture, out openMs)
            && Field(ref line, out var f1) && TryDouble(f1, out o) && Field(ref line, out var f2) && TryDouble(f2, out h)
            && Field(ref line, out var f3) && TryDouble(f3, out l) && Field(ref line, out var f4) && TryDouble(f4, out c)
            && FieldOrLast(ref line, out var f5) && TryDouble(f5, out v);
    }

    /// <summary>The next comma-terminated field; false when no comma follows (too few columns).</summary>
    private static bool Field(ref ReadOnlySpan<byte> line, out ReadOnlySpan<byte> field)
    {
        var comma = line.IndexOf((byte)',');
        if (comma < 0)
        {
            field = default;
            return false;
        }

        field = line[..comma];
        line = line[(comma + 1)..];
        return true;
    }

    /// <summary>The sixth field, which may end the line or be followed by extra columns.</summary>
    private static bool FieldOrLast(ref ReadOnlySpan<byte> line, out ReadOnlySpan<byte> field)
    {
        var comma = line.IndexOf((byte)',');
        field = comma < 0 ? line : line[..comma];
        return true;
    }

    private static ReadOnlySpan<byte> TrimCr(ReadOnlySpan<byte> line) => line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;

    private static bool TryDouble(ReadOnlySpan<byte> s, out double value) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
