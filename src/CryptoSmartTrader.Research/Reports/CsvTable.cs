using System.Globalization;
using System.Text;

namespace CryptoSmartTrader.Research.Reports;

/// <summary>Reads the comma-separated files of a backtest result folder (header row, RFC 4180 quoting, invariant culture).</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string path, string[] header, List<string[]> rows)
    {
        Path = path;
        _columns = header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i, StringComparer.Ordinal);
        Rows = rows;
    }

    public string Path { get; }
    public IReadOnlyList<string[]> Rows { get; }

    public static CsvTable Read(string path, params string[] requiredColumns)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: file not found (expected a backtest result folder written by cst backtest)");
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0) throw new InvalidDataException($"{path}: empty file, expected a header row");
        var header = Split(lines[0]);
        var missing = requiredColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0) throw new InvalidDataException($"{path}: missing column(s) {string.Join(", ", missing)}");
        var rows = new List<string[]>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var row = Split(lines[i]);
            if (row.Length != header.Length)
            {
                throw new InvalidDataException($"{path} line {i + 1}: {row.Length} cells, expected {header.Length}");
            }

            rows.Add(row);
        }

        return new CsvTable(path, header, rows);
    }

    public string Text(string[] row, string column) => row[_columns[column]];

    public double Number(string[] row, string column, int rowIndex)
    {
        var cell = row[_columns[column]];
        return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new InvalidDataException($"{Path} row {rowIndex + 1}: {column} '{cell}' is not a number");
    }

    public double? OptionalNumber(string[] row, string column) =>
        _columns.TryGetValue(column, out var i) && double.TryParse(row[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    public DateTimeOffset Time(string[] row, string column, int rowIndex)
    {
        var cell = row[_columns[column]];
        return DateTimeOffset.TryParse(cell, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
            ? t
            : throw new InvalidDataException($"{Path} row {rowIndex + 1}: {column} '{cell}' is not an ISO-8601 UTC time");
    }

    private static string[] Split(string line)
    {
        var cells = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }

        cells.Add(sb.ToString());
        return [.. cells];
    }
}
