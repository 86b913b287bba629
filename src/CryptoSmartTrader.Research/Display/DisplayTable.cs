using System.Globalization;
using System.Net;
using System.Text;
using CryptoSmartTrader.Reporting.Html;

namespace CryptoSmartTrader.Research.Display;

/// <summary>
/// A table shown both as HTML (<c>text/html</c>) and as aligned plain text (<c>text/plain</c>), cut to its head and tail when long
/// (the omitted row count is said in the table, never hidden).
/// </summary>
public sealed class DisplayTable
{
    /// <summary>Rows shown at each end of a long table.</summary>
    public const int EdgeRows = 5;

    private readonly List<IReadOnlyList<string>> _head = [];
    private readonly List<IReadOnlyList<string>> _tail = [];

    /// <param name="headers">Column names.</param>
    /// <param name="caption">Shown above the table.</param>
    /// <param name="edgeRows">Rows kept at each end of a long table (<see cref="EdgeRows"/> by default; <see cref="int.MaxValue"/> keeps all).</param>
    public DisplayTable(IReadOnlyList<string> headers, string? caption = null, int edgeRows = EdgeRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(edgeRows, 1);
        Headers = headers;
        Caption = caption;
        _edge = edgeRows;
    }

    private readonly int _edge;

    public IReadOnlyList<string> Headers { get; }
    public string? Caption { get; }

    /// <summary>Rows left out between head and tail.</summary>
    public long Omitted { get; private set; }

    /// <summary>Takes the first and last edge rows of <paramref name="count"/> rows, asking <paramref name="row"/> only for those.</summary>
    public DisplayTable Rows(long count, Func<long, IReadOnlyList<string>> row)
    {
        if (count <= 2L * _edge + 2)
        {
            for (long i = 0; i < count; i++) _head.Add(Checked(row(i), i));
            return this;
        }

        for (long i = 0; i < _edge; i++) _head.Add(Checked(row(i), i));
        for (var i = count - _edge; i < count; i++) _tail.Add(Checked(row(i), i));
        Omitted = count - 2L * _edge;
        return this;
    }

    public DisplayTable Rows(IEnumerable<IReadOnlyList<string>> rows)
    {
        var list = rows.ToList();
        return Rows(list.Count, i => list[(int)i]);
    }

    public string ToHtml()
    {
        var sb = new StringBuilder("<table class=\"cst-table\">");
        if (Caption is not null) sb.Append("<caption>").Append(E(Caption)).Append("</caption>");
        sb.Append("<thead><tr>");
        foreach (var h in Headers) sb.Append("<th>").Append(E(h)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        AppendRows(sb, _head);
        if (Omitted > 0)
        {
            sb.Append("<tr class=\"omitted\"><td colspan=\"").Append(Headers.Count).Append("\">… ")
                .Append(Omitted.ToString("N0", CultureInfo.InvariantCulture)).Append(" rows omitted …</td></tr>");
        }

        AppendRows(sb, _tail);
        return sb.Append("</tbody></table>").ToString();
    }

    public string ToText()
    {
        var all = new List<IReadOnlyList<string>> { Headers };
        all.AddRange(_head);
        all.AddRange(_tail);
        var widths = Enumerable.Range(0, Headers.Count).Select(c => all.Max(r => r[c].Length)).ToArray();
        var sb = new StringBuilder();
        if (Caption is not null) sb.Append(Caption).Append('\n');
        Line(sb, Headers, widths);
        sb.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
        foreach (var r in _head) Line(sb, r, widths);
        if (Omitted > 0) sb.Append("… ").Append(Omitted.ToString("N0", CultureInfo.InvariantCulture)).Append(" rows omitted …\n");
        foreach (var r in _tail) Line(sb, r, widths);
        return sb.ToString().TrimEnd('\n');
    }

    public HtmlOutput ToOutput() => new(ToHtml(), ToText());

    private IReadOnlyList<string> Checked(IReadOnlyList<string> row, long index) => row.Count == Headers.Count ? row
        : throw new ArgumentException($"display table: row {index} has {row.Count} cells but there are {Headers.Count} headers", nameof(row));

    private static void AppendRows(StringBuilder sb, List<IReadOnlyList<string>> rows)
    {
        foreach (var row in rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row) sb.Append("<td>").Append(E(cell)).Append("</td>");
            sb.Append("</tr>");
        }
    }

    private static void Line(StringBuilder sb, IReadOnlyList<string> row, int[] widths)
    {
        for (var c = 0; c < row.Count; c++)
        {
            if (c > 0) sb.Append("  ");
            sb.Append(c == 0 ? row[c].PadRight(widths[c]) : row[c].PadLeft(widths[c]));
        }

        sb.Append('\n');
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
