using CryptoSmartTrader.Reporting.Charts;
using CryptoSmartTrader.Reporting.Html;
using CryptoSmartTrader.Research.Notebooks;

namespace CryptoSmartTrader.Research.Tests.Notebooks;

public sealed class IpynbChartOutputTests
{
    [Fact]
    public void Chart_output_is_plotly_json_with_a_text_description_and_no_plotly_js()
    {
        var t0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var chart = new ChartOutput(EquityChart.Create([t0, t0.AddDays(1)], [100, 110], title: "synthetic equity"));

        var data = IpynbWriter.Output(new CellOutput(chart, IsResult: false), 1)["data"]!;

        Assert.Equal([100.0, 110.0], data["application/vnd.plotly.v1+json"]!["data"]![0]!["y"]!.AsArray().Select(v => v!.GetValue<double>()));
        Assert.Equal("<plotly chart 'synthetic equity': 2 traces (scatter)>", data["text/plain"]![0]!.GetValue<string>());
        Assert.Null(data["text/html"]);
        Assert.DoesNotContain("plotly.js v", data.ToJsonString());
    }

    [Fact]
    public void Html_output_keeps_its_plain_text_and_markdown_goes_out_as_markdown()
    {
        var html = IpynbWriter.Output(new CellOutput(new HtmlOutput("<table></table>", "a  b\n1  2"), IsResult: false), 1)["data"]!;
        var markdown = IpynbWriter.Output(new CellOutput(new MarkdownOutput("**bold**"), IsResult: true), 4);

        Assert.Equal("a  b\n1  2", string.Concat(html["text/plain"]!.AsArray().Select(l => l!.GetValue<string>())));
        Assert.Equal("**bold**", markdown["data"]!["text/markdown"]![0]!.GetValue<string>());
        Assert.Equal("execute_result", markdown["output_type"]!.GetValue<string>());
    }
}
