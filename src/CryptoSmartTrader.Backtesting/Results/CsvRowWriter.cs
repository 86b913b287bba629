using System.Globalization;

namespace CryptoSmartTrader.Backtesting.Results;

/// <summary>
/// Appends CSV rows to a <see cref="TextWriter"/> through one reused char buffer: numbers and times are formatted in place,
/// so a million-row file costs no string per cell. Output is exactly that of formatting each cell to a string first
/// (invariant culture; decimals without trailing zeros as <see cref="Engine.OrderListHash"/> writes them; doubles
/// round-trip "R"; times ISO-8601 UTC to the second; cells with a comma, quote or line break quoted).
/// </summary>
internal sealed class CsvRowWriter(TextWriter writer)
{
    private readonly char[] _buffer = new char[64];
    private bool _first = true;

    public void Cell(string? value)
    {
        Separator();
        if (string.IsNullOrEmpty(value)) return;
        if (value.AsSpan().IndexOfAny(",\"\n\r") >= 0)
        {
            writer.Write('"');
            writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
            writer.Write('"');
        }
        else
        {
            writer.Write(value);
        }
    }

    public void Cell(decimal value)
    {
        Separator();
        if (!value.TryFormat(_buffer, out var n, default, CultureInfo.InvariantCulture)) throw new InvalidOperationException("csv: decimal does not fit the buffer");
        var s = _buffer.AsSpan(0, n);
        if (s.Contains('.')) s = s.TrimEnd('0').TrimEnd('.');
        writer.Write(s);
    }

    public void Cell(double value)
    {
        Separator();
        if (!double.IsFinite(value)) return;
        if (!value.TryFormat(_buffer, out var n, "R", CultureInfo.InvariantCulture)) throw new InvalidOperationException("csv: double does not fit the buffer");
        writer.Write(_buffer.AsSpan(0, n));
    }

    public void Cell(DateTimeOffset time)
    {
        Separator();
        if (!time.UtcDateTime.TryFormat(_buffer, out var n, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("csv: time does not fit the buffer");
        }

        writer.Write(_buffer.AsSpan(0, n));
    }

    public void Cell(int value)
    {
        Separator();
        value.TryFormat(_buffer, out var n, default, CultureInfo.InvariantCulture);
        writer.Write(_buffer.AsSpan(0, n));
    }

    public void EndRow()
    {
        writer.Write('\n');
        _first = true;
    }

    private void Separator()
    {
        if (!_first) writer.Write(',');
        _first = false;
    }
}
