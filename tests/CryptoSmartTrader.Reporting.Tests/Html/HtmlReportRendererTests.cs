using CryptoSmartTrader.Reporting.Charts;
using CryptoSmartTrader.Reporting.Html;
using Plotly.NET;

namespace CryptoSmartTrader.Reporting.Tests.Html;

public sealed class HtmlReportRendererTests
{
    internal static ReportDocument Sample() => new("Sample report",
    [
        new MarkdownCell("# Overview\nText with **bold** and a table:\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n## Details"),
        new CodeCell("var x = 1;\nx < 2", [new TextOutput("x=1 <tag>\n", "stdout"), new HtmlOutput("<p class=\"mine\">raw</p>")], 1, TimeSpan.FromSeconds(1.25)),
        new MarkdownCell("## Details\nsecond heading with the same text"),
        new CodeCell("chart", [new ChartOutput(EquityChartSample())], 2),
        new CodeCell("throw", [new ErrorOutput("InvalidOperationException", "boom & bust", "at Submission#3")], 3),
    ],
    new RunMetadata
    {
        Source = "notebooks/01.ipynb", StartedAt = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero), Duration = TimeSpan.FromSeconds(12.5),
        GitCommit = "abc123", DataRanges = [new ReportDataRange("BTC/USDT 1h", new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero))],
        Parameters = [KeyValuePair.Create("bars", "500")],
    });

    internal static GenericChart EquityChartSample()
    {
        var t0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return EquityChart.Create([.. Enumerable.Range(0, 5).Select(i => t0.AddDays(i))], [100, 104, 99, 108, 111]);
    }

    [Fact]
    public void Page_is_standalone_with_inline_plotly_and_no_external_resources()
    {
        var html = HtmlReportRenderer.Render(Sample());

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("plotly.js v2.28.0", html);
        Assert.DoesNotContain("<script src=", html);
        Assert.DoesNotContain("<link ", html);
        Assert.Contains("Plotly.newPlot('chart-1',f.data,f.layout", html);
    }

    [Fact]
    public void Plotly_js_is_embedded_exactly_once_however_many_charts_and_no_script_loads_from_the_network()
    {
        var charts = Enumerable.Range(0, 3).Select(_ => (ReportOutput)new ChartOutput(EquityChartSample())).ToList();
        var html = HtmlReportRenderer.Render(new ReportDocument("three charts", [new CodeCell("charts", charts, 1), new CodeCell("one more", [new ChartOutput(EquityChartSample())], 2)]));

        Assert.Equal(1, Occurrences(html, PlotlyScript.Text[..400]));
        Assert.Equal(4, Occurrences(html, "Plotly.newPlot('chart-"));
        Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex("<script[^>]*\\ssrc\\s*=", System.Text.RegularExpressions.RegexOptions.IgnoreCase), html);

        // plotly.js itself holds attribution links (map tiles), which are text, not loads; the rest of the page must not point at the network.
        var page = html.Replace(PlotlyScript.Text, string.Empty, StringComparison.Ordinal);
        Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex("(src|href)\\s*=\\s*[\"']?(https?:)?//", System.Text.RegularExpressions.RegexOptions.IgnoreCase), page);
    }

    [Fact]
    public void Chart_title_with_markup_cannot_end_the_script_element()
    {
        var chart = Plotly.NET.CSharp.Chart.Line<double, double, string>([1.0, 2.0], [3.0, 4.0], Name: "x");
        chart = Plotly.NET.Chart.withTitle("</script><script>alert(1)</script>", Microsoft.FSharp.Core.FSharpOption<Font>.None).Invoke(chart);

        var html = HtmlReportRenderer.Render(new ReportDocument("t", [new CodeCell("c", [new ChartOutput(chart)], 1)]));

        Assert.DoesNotContain("</script><script>alert(1)", html);
        Assert.Contains("<\\/script><script>alert(1)<\\/script>", html);
    }

    [Fact]
    public void Chart_output_exposes_figure_json_without_plotly_js_and_a_plain_text_description()
    {
        var output = new ChartOutput(EquityChartSample());

        var figure = System.Text.Json.Nodes.JsonNode.Parse(output.FigureJson)!;
        Assert.Equal(["scatter", "scatter"], figure["data"]!.AsArray().Select(t => t!["type"]!.GetValue<string>()));
        Assert.NotNull(figure["layout"]);
        Assert.True(output.FigureJson.Length < 50_000, $"figure JSON is {output.FigureJson.Length} chars");
        Assert.DoesNotContain("plotly.js v", output.FigureJson);
        Assert.Equal("<plotly chart 'Equity and drawdown': 2 traces (scatter)>", output.Description);
    }

    [Fact]
    public void Markdown_output_is_rendered_inside_its_cell()
    {
        var html = HtmlReportRenderer.Render(new ReportDocument("t", [new CodeCell("c", [new MarkdownOutput("**bold** <i>")], 1)]));

        Assert.Contains("<div class=\"out md\"><p><strong>bold</strong>", html);
    }

    private static int Occurrences(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    [Fact]
    public void Chart_free_report_does_not_embed_plotly()
    {
        var html = HtmlReportRenderer.Render(new ReportDocument("t", [new MarkdownCell("# only text")]));

        Assert.DoesNotContain("plotly.js v", html);
    }

    [Fact]
    public void Markdown_is_rendered_and_headings_get_unique_ids_in_the_toc()
    {
        var html = HtmlReportRenderer.Render(Sample());

        Assert.Contains("<h1 id=\"overview\">Overview</h1>", html);
        Assert.Contains("<strong>bold</strong>", html);
        Assert.Contains("<table>", html);
        Assert.Contains("<h2 id=\"details\">Details</h2>", html);
        Assert.Contains("<h2 id=\"details-2\">Details</h2>", html);
        Assert.Contains("<a href=\"#overview\">Overview</a>", html);
        Assert.Contains("<a href=\"#details-2\">Details</a>", html);
    }

    [Fact]
    public void Code_is_collapsible_and_escaped_and_outputs_follow()
    {
        var html = HtmlReportRenderer.Render(Sample());

        Assert.Contains("<details class=\"code\"><summary><span class=\"count\">[1]</span> var x = 1;<span class=\"took\"> &#183; 1.25 s</span></summary>", html);
        Assert.Contains("x &lt; 2</code></pre></details>", html);
        Assert.Contains("<pre class=\"out text\">x=1 &lt;tag&gt;\n</pre>", html);
        Assert.Contains("<div class=\"out html\"><p class=\"mine\">raw</p></div>", html);
        Assert.Contains("<pre class=\"out error\"><b>InvalidOperationException</b>: boom &amp; bust\n\nat Submission#3</pre>", html);
    }

    [Fact]
    public void Run_metadata_is_listed()
    {
        var html = HtmlReportRenderer.Render(Sample());

        Assert.Contains("<tr><th>git commit</th><td>abc123</td></tr>", html);
        Assert.Contains("<tr><th>duration</th><td>12.5 s</td></tr>", html);
        Assert.Contains("<tr><th>started</th><td>2024-05-01 12:00:00Z</td></tr>", html);
        Assert.Contains("<tr><th>data</th><td>BTC/USDT 1h 2023-01-01 00:00Z → 2024-01-01 00:00Z</td></tr>", html);
        Assert.Contains("<tr><th>parameter bars</th><td>500</td></tr>", html);
    }

    [Fact]
    public void Failed_run_shows_a_banner()
    {
        var html = HtmlReportRenderer.Render(new ReportDocument("t", [], new RunMetadata { Failure = "cell 3: <boom>" }));

        Assert.Contains("<p class=\"failure\">Run failed: cell 3: &lt;boom&gt;</p>", html);
    }

    [Fact]
    public void Html_table_escapes_cells_and_checks_row_width()
    {
        var table = HtmlTable.From(["metric", "value"], [["sharpe", "1.2"], ["<x>", "a&b"]]);

        Assert.Equal("<table class=\"cst-table\"><thead><tr><th>metric</th><th>value</th></tr></thead><tbody><tr><td>sharpe</td><td>1.2</td></tr>" +
                     "<tr><td>&lt;x&gt;</td><td>a&amp;b</td></tr></tbody></table>", table.Html);
        var e = Assert.Throws<ArgumentException>(() => HtmlTable.From(["a", "b"], [["1"]]));
        Assert.Contains("row 0 has 1 cells but there are 2 headers", e.Message);
    }

    [Fact]
    public void Figure_fragment_draws_into_its_own_div_and_can_carry_plotly()
    {
        var figure = EquityChartSample();

        var bare = PlotlyHtml.Fragment(figure, includePlotlyJs: false).Html;
        var full = PlotlyHtml.Fragment(figure).Html;

        Assert.StartsWith("<div id=\"cst-chart-", bare);
        Assert.Contains("Plotly.newPlot('cst-chart-", bare);
        Assert.DoesNotContain("plotly.js v2.28.0", bare);
        Assert.StartsWith("<script>if (!window.Plotly) {", full);
        Assert.Contains("plotly.js v2.28.0", full);
    }

    [Fact]
    public void Html_content_writes_itself_as_html_content()
    {
        Microsoft.AspNetCore.Html.IHtmlContent table = HtmlTable.From(["a"], [["1"]]);
        using var w = new StringWriter();

        table.WriteTo(w, System.Text.Encodings.Web.HtmlEncoder.Default);

        Assert.Equal("<table class=\"cst-table\"><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>", w.ToString());
    }
}
