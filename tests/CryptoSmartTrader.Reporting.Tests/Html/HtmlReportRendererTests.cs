using CryptoSmartTrader.Reporting.Charts;
using CryptoSmartTrader.Reporting.Html;

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

    internal static PlotlyFigure EquityChartSample()
    {
        var t0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return EquityChart.Create([.. Enumerable.Range(0, 5).Select(i => t0.AddDays(i))], [100, 104, 99, 108, 111]);
    }

    [Fact]
    public void Page_is_standalone_with_inline_plotly_and_no_external_resources()
    {
        var html = HtmlReportRenderer.Render(Sample());

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("plotly.js v4.1.2", html);
        Assert.DoesNotContain("<script src=", html);
        Assert.DoesNotContain("<link ", html);
        Assert.Contains("Plotly.newPlot('chart-1', [", html);
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
        Assert.DoesNotContain("plotly.js v4.1.2", bare);
        Assert.StartsWith("<script>if (!window.Plotly) {", full);
        Assert.Contains("plotly.js v4.1.2", full);
    }

    [Fact]
    public void Figures_and_html_content_write_themselves_as_html_content()
    {
        Microsoft.AspNetCore.Html.IHtmlContent figure = EquityChartSample();
        Microsoft.AspNetCore.Html.IHtmlContent table = HtmlTable.From(["a"], [["1"]]);
        using var w1 = new StringWriter();
        using var w2 = new StringWriter();

        figure.WriteTo(w1, System.Text.Encodings.Web.HtmlEncoder.Default);
        table.WriteTo(w2, System.Text.Encodings.Web.HtmlEncoder.Default);

        Assert.StartsWith("<script>if (!window.Plotly) {", w1.ToString());
        Assert.Contains("Plotly.newPlot('cst-chart-", w1.ToString());
        Assert.Equal("<table class=\"cst-table\"><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>", w2.ToString());
    }
}
