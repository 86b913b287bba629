using System.Buffers.Text;
using System.Globalization;
using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Import;

/// <summary>
/// Parses <c>timestamp_ms,open,high,low,close,volume[,extra…]</c> (bar open times, UTC ms) straight from UTF-8 bytes.
/// All or nothing: the first invalid row fails the whole file with <c>file:line: reason</c>. A row repeated with identical
/// values is ignored and counted; repeated with different values it is an error. A file without data rows, or whose last row
/// has no line end, is an error too.
/// </summary>
internal static class CandleCsvParser
{
    // Earliest plausible bar (before any crypto venue) and a far-future bound: catches second-stamped files (they read as 1970)
    // and microsecond-stamped ones (year 50,000+). The bound is 2200, not 2100, because the benchmark anchors' 1M-bar series
    // repeats the real BTC history with shifted timestamps and runs to 2133.
    private static readonly long MinMs = new DateTimeOffset(2009, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
    private static readonly long MaxMs = new DateTimeOffset(2200, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
    private static readonly string[] Fields = ["timestamp_ms", "open", "high", "low", "close", "volume"];

    public static ParsedCandleFile? Parse(ReadOnlySpan<byte> data, string file, CandleFileTarget target, out string? error)
    {
        var tf = target.Timeframe;
        var builder = new CandleSeriesBuilder(target.Exchange, target.Symbol, tf, Math.Max(16, data.Length / 48));
        var lines = new List<int>(Math.Max(16, data.Length / 48));
        Span<double> v = stackalloc double[5];
        Span<double> last = stackalloc double[5];
        int line = 0, pos = 0, duplicates = 0;
        long prevMs = long.MinValue;
        while (pos < data.Length)
        {
            line++;
            var rest = data[pos..];
            var nl = rest.IndexOf((byte)'\n');
            var row = nl < 0 ? rest : rest[..nl];
            pos += nl < 0 ? rest.Length : nl + 1;
            if (nl < 0 && !row.Trim(" \r\t"u8).IsEmpty)
            {
                // Every shared dataset file ends its last row with a line end; a row without one is most likely cut short
                // (a truncated download), and its last field would still parse as a smaller number.
                return Fail(file, line, "the last row has no line end: the file ends mid-row (truncated?); complete the row and end it with a newline", out error);
            }

            if (row.Length > 0 && row[^1] == (byte)'\r')
            {
                row = row[..^1];
            }

            if (line == 1 && row.Length > 0 && !IsDigit(row[0]))
            {
                if (!row.StartsWith("timestamp"u8))
                {
                    return Fail(file, line, "expected a header timestamp_ms,open,high,low,close,volume or a data row", out error);
                }

                continue;
            }

            if (row.IsEmpty)
            {
                if (data[pos..].Trim(" \r\n\t"u8).IsEmpty)
                {
                    break;
                }

                return Fail(file, line, "empty line", out error);
            }

            if (!ParseRow(row, v, out var ms, out var reason))
            {
                return Fail(file, line, reason, out error);
            }

            reason = CheckValues(v) ?? CheckTime(ms, tf);
            if (reason is not null)
            {
                return Fail(file, line, reason, out error);
            }

            if (ms <= prevMs)
            {
                if (ms < prevMs)
                {
                    return Fail(file, line, $"timestamp {Iso(ms)} is before the previous row's {Iso(prevMs)} (rows must be in time order)", out error);
                }

                if (!last.SequenceEqual(v))
                {
                    return Fail(file, line, $"duplicate timestamp {Iso(ms)} (first on line {lines[^1]}) with different values", out error);
                }

                duplicates++;
                continue;
            }

            builder.Add(ms, tf.CloseOfMs(ms), v[0], v[1], v[2], v[3], v[4]);
            lines.Add(line);
            v.CopyTo(last);
            prevMs = ms;
        }

        if (lines.Count == 0)
        {
            // An empty or header-only file is refused rather than "imported" as 0 rows: it is almost always a failed export or download.
            return Fail(file, 1, line == 0 ? "the file is empty (expected a header and data rows)" : "no data rows (only a header)", out error);
        }

        error = null;
        return new ParsedCandleFile(builder.Build(), [.. lines], duplicates);
    }

    private static bool ParseRow(ReadOnlySpan<byte> row, Span<double> v, out long ms, out string reason)
    {
        ms = 0;
        var comma = row.IndexOf((byte)',');
        var field = comma < 0 ? row : row[..comma];
        if (!Utf8Parser.TryParse(field, out ms, out var used) || used != field.Length)
        {
            reason = $"timestamp_ms: expected integer epoch milliseconds, got '{Text(field)}'";
            return false;
        }

        for (var i = 0; i < 5; i++)
        {
            if (comma < 0)
            {
                reason = $"expected at least 6 columns (timestamp_ms,open,high,low,close,volume), got {i + 1}";
                return false;
            }

            row = row[(comma + 1)..];
            comma = row.IndexOf((byte)',');
            field = comma < 0 ? row : row[..comma];
            if (!Utf8DoubleParser.TryParse(field, out v[i]))
            {
                reason = $"{Fields[i + 1]}: expected a number, got '{Text(field)}'";
                return false;
            }
        }

        reason = string.Empty;
        return true;
    }

    private static string? CheckValues(ReadOnlySpan<double> v)
    {
        for (var i = 0; i < 5; i++)
        {
            if (!double.IsFinite(v[i]))
            {
                return $"{Fields[i + 1]} is {v[i]} (expected a finite number)";
            }

            if (i < 4 ? v[i] <= 0 : v[i] < 0)
            {
                return i < 4 ? $"{Fields[i + 1]} must be > 0, got {v[i]:R}" : $"volume must be >= 0, got {v[i]:R}";
            }
        }

        double o = v[0], h = v[1], l = v[2], c = v[3];
        if (h < l) return $"high {h:R} is below low {l:R}";
        if (h < Math.Max(o, c)) return $"high {h:R} is below max(open {o:R}, close {c:R})";
        if (l > Math.Min(o, c)) return $"low {l:R} is above min(open {o:R}, close {c:R})";
        return null;
    }

    private static string? CheckTime(long ms, Timeframe tf)
    {
        if (ms < MinMs || ms >= MaxMs)
        {
            return $"timestamp_ms {ms} is outside 2009..2200 (expected epoch milliseconds; seconds or microseconds?)";
        }

        var aligned = tf.IsFixed && tf != Timeframe.W1 ? ms % tf.DurationMs == 0 : tf.IsAligned(DateTimeOffset.FromUnixTimeMilliseconds(ms));
        return aligned ? null : $"timestamp {Iso(ms)} is not aligned to the {tf} bar grid (expected a bar open time, UTC)";
    }

    private static ParsedCandleFile? Fail(string file, int line, string reason, out string? error)
    {
        error = $"{file}:{line}: {reason}";
        return null;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9' or (byte)'-';

    private static string Text(ReadOnlySpan<byte> field) => field.Length > 40 ? System.Text.Encoding.UTF8.GetString(field[..40]) + "…" : System.Text.Encoding.UTF8.GetString(field);

    private static string Iso(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
