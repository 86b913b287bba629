using System.Text.Json.Nodes;
using CryptoSmartTrader.Reporting.Html;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Research.Tests.Notebooks;

public sealed class ChartOutputSizeTests
{
    private const long MaxNotebookBytes = 3 * 1024 * 1024;

    [Fact]
    public async Task Executed_notebook_with_five_real_data_charts_stays_light_and_its_report_embeds_plotly_once()
    {
        using var nb = new TestNotebook();
        var db = Path.Combine(nb.Directory, "cst.db").Replace("\\", "\\\\", StringComparison.Ordinal);
        var data = SharedDatasets.RootPath.Replace("\\", "\\\\", StringComparison.Ordinal);
        var path = nb
            .Code(NotebookExecutorTests.PlotlyReferences + "using CryptoSmartTrader.Research.Session;\n" +
                  $"var session = ResearchSession.Open(\"{data}\", \"{db}\");\n" +
                  "var from = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);\n" +
                  "var btc = await session.CandlesAsync(\"binance\", \"BTC/USDT\", \"1h\", from.AddDays(-20), from.AddDays(31));\n" +
                  "var eth = await session.CandlesAsync(\"binance\", \"ETH/USDT\", \"1h\", from.AddDays(-20), from.AddDays(31));")
            .Code("display(ResearchSession.CandleChart(btc, ResearchSession.Features(btc), \"sma_20\", \"rsi_14\"));")
            .Code("display(session.Regimes.RegimeChart(eth));")
            .Code("display(session.Regimes.ReturnCorrelation(new[] { btc, eth }).Chart);")
            .Code("var result = session.Backtests.Run(new[] { btc }, session.Backtests.SmaCrossBlueprint(new[] { btc }, 10, 50), from, from.AddDays(31), \"sma\", 200);\n" +
                  "display(session.Backtests.EquityCurve(result));\ndisplay(session.Backtests.MonthlyReturns(result));\nsession.Dispose();")
            .Save("five-charts");

        var run = await NotebookExecutorTests.Run(nb, path, TimeSpan.FromMinutes(3));

        Assert.True(run.Succeeded, run.Failure);
        var size = new FileInfo(run.ExecutedNotebookPath!).Length;
        Assert.True(size < MaxNotebookBytes, $"executed notebook is {size:N0} bytes; expected under {MaxNotebookBytes:N0}");
        var text = await File.ReadAllTextAsync(run.ExecutedNotebookPath!);
        Assert.DoesNotContain("plotly.js v", text);
        var charts = ((JsonArray)TestNotebook.ReadExecuted(run.ExecutedNotebookPath!)["cells"]!)
            .SelectMany(c => c!["outputs"]!.AsArray())
            .Count(o => o!["data"]?["application/vnd.plotly.v1+json"]?["data"] is JsonArray);
        Assert.Equal(5, charts);

        var html = await File.ReadAllTextAsync(run.HtmlReportPath!);
        Assert.Equal(1, html.Split(PlotlyScript.Text[..400]).Length - 1);
        Assert.Equal(5, html.Split("Plotly.newPlot('chart-").Length - 1);
    }
}
