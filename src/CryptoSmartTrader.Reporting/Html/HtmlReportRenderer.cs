using System.Globalization;
using System.Net;
using System.Text;

namespace CryptoSmartTrader.Reporting.Html;

/// <summary>
/// Renders a <see cref="ReportDocument"/> as one standalone HTML page: embedded CSS and plotly.js once (no network needed, no CDN), a table of
/// contents from the markdown headings, run metadata, collapsible code cells and their outputs (text, HTML, interactive charts).
/// </summary>
public static class HtmlReportRenderer
{
    public static string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var markdown = new MarkdownSection();
        var body = new StringBuilder();
        var charts = 0;
        foreach (var cell in document.Cells)
        {
            switch (cell)
            {
                case MarkdownCell m:
                    body.Append("<section class=\"md\">").Append(markdown.Render(m.Markdown)).Append("</section>\n");
                    break;
                case CodeCell c:
                    RenderCode(body, c, ref charts);
                    break;
            }
        }

        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(document.Title)).Append("</title><style>").Append(ReportStyles.Css).Append("</style>\n");
        if (charts > 0)
        {
            page.Append("<script>").Append(PlotlyScript.Text).Append("</script>\n");
        }

        page.Append("</head><body>\n<nav class=\"toc\"><h2>Contents</h2>");
        AppendToc(page, markdown.Toc);
        page.Append("<p><button type=\"button\" onclick=\"document.querySelectorAll('details.code').forEach(d=>d.open=!d.open)\">toggle code</button></p></nav>\n");
        page.Append("<main><header><h1 class=\"title\">").Append(E(document.Title)).Append("</h1>");
        AppendMetadata(page, document.Metadata);
        page.Append("</header>\n").Append(body).Append("</main></body></html>\n");
        return page.ToString();
    }

    public static async Task WriteAsync(ReportDocument document, string path, CancellationToken cancellationToken = default)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(path, Render(document), new UTF8Encoding(false), cancellationToken);
    }

    private static void RenderCode(StringBuilder body, CodeCell c, ref int charts)
    {
        var label = c.ExecutionCount is { } n ? $"[{n}]" : "[ ]";
        var took = c.Duration is { } d ? $" &#183; {Seconds(d)}" : string.Empty;
        var firstLine = c.Source.Split('\n', 2)[0].Trim();
        body.Append("<section class=\"cell\">");
        if (c.Source.Length > 0)
        {
            // Output-only cells (e.g. a tearsheet's tables) have no code to show.
            body.Append("<details class=\"code\"><summary><span class=\"count\">").Append(label).Append("</span> ")
                .Append(E(firstLine.Length > 90 ? firstLine[..90] + "…" : firstLine)).Append("<span class=\"took\">").Append(took).Append("</span></summary>")
                .Append("<pre><code class=\"language-").Append(E(c.Language)).Append("\">").Append(E(c.Source)).Append("</code></pre></details>\n");
        }

        foreach (var output in c.Outputs)
        {
            switch (output)
            {
                case TextOutput t:
                    body.Append("<pre class=\"out ").Append(t.Stream == "stderr" ? "stderr" : "text").Append("\">").Append(E(t.Text)).Append("</pre>\n");
                    break;
                case HtmlOutput h:
                    body.Append("<div class=\"out html\">").Append(h.Html).Append("</div>\n");
                    break;
                case MarkdownOutput m:
                    body.Append("<div class=\"out md\">").Append(Markdig.Markdown.ToHtml(m.Markdown, MarkdownSection.Pipeline)).Append("</div>\n");
                    break;
                case ChartOutput chart:
                    var id = $"chart-{++charts}";
                    body.Append("<div class=\"out chart\" id=\"").Append(id).Append("\"></div>");
                    PlotlyHtml.AppendPlot(body, id, chart.FigureJson);
                    body.Append('\n');
                    break;
                case ErrorOutput e:
                    body.Append("<pre class=\"out error\"><b>").Append(E(e.Name)).Append("</b>: ").Append(E(e.Message));
                    if (e.Detail is not null) body.Append("\n\n").Append(E(e.Detail));
                    body.Append("</pre>\n");
                    break;
            }
        }

        body.Append("</section>\n");
    }

    private static void AppendToc(StringBuilder page, List<MarkdownSection.TocEntry> toc)
    {
        page.Append("<ul>");
        foreach (var entry in toc.Where(t => t.Level <= 3))
        {
            page.Append("<li class=\"l").Append(entry.Level).Append("\"><a href=\"#").Append(E(entry.Id)).Append("\">").Append(E(entry.Text)).Append("</a></li>");
        }

        page.Append("</ul>");
    }

    private static void AppendMetadata(StringBuilder page, RunMetadata? meta)
    {
        if (meta is null) return;
        if (meta.Failure is not null)
        {
            page.Append("<p class=\"failure\">Run failed: ").Append(E(meta.Failure)).Append("</p>");
        }

        var rows = new List<(string, string)>();
        if (meta.Source is not null) rows.Add(("source", meta.Source));
        if (meta.StartedAt is { } s) rows.Add(("started", s.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
        if (meta.Duration is { } d) rows.Add(("duration", Seconds(d)));
        rows.Add(("git commit", meta.GitCommit ?? "unknown"));
        rows.AddRange(meta.DataRanges.Select(r => ("data", r.ToString()["data: ".Length..])));
        rows.AddRange(meta.Parameters.Select(p => ($"parameter {p.Key}", p.Value)));
        page.Append("<table class=\"meta\">");
        foreach (var (k, v) in rows)
        {
            page.Append("<tr><th>").Append(E(k)).Append("</th><td>").Append(E(v)).Append("</td></tr>");
        }

        page.Append("</table>");
    }

    private static string Seconds(TimeSpan d) => d.TotalSeconds.ToString(d.TotalSeconds < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " s";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
