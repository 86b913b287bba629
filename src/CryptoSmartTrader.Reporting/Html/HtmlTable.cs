using System.Net;
using System.Text;

namespace CryptoSmartTrader.Reporting.Html;

/// <summary>Builds an escaped HTML table (metrics, trade lists) for reports and notebook <c>display(...)</c>.</summary>
public static class HtmlTable
{
    public static HtmlContent From(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string? caption = null)
    {
        var sb = new StringBuilder("<table class=\"cst-table\">");
        if (caption is not null)
        {
            sb.Append("<caption>").Append(WebUtility.HtmlEncode(caption)).Append("</caption>");
        }

        sb.Append("<thead><tr>");
        foreach (var h in headers)
        {
            sb.Append("<th>").Append(WebUtility.HtmlEncode(h)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        var r = 0;
        foreach (var row in rows)
        {
            if (row.Count != headers.Count)
            {
                throw new ArgumentException($"html table: row {r} has {row.Count} cells but there are {headers.Count} headers", nameof(rows));
            }

            sb.Append("<tr>");
            foreach (var cell in row)
            {
                sb.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            }

            sb.Append("</tr>");
            r++;
        }

        return new HtmlContent(sb.Append("</tbody></table>").ToString());
    }
}
