using System.Text.Json.Nodes;
using CryptoSmartTrader.Research.Notebooks;

namespace CryptoSmartTrader.Research.Tests.Notebooks;

public sealed class NotebookExecutorTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    internal static Task<NotebookRunResult> Run(TestNotebook nb, string path, TimeSpan? timeout = null, params (string, string)[] parameters) =>
        new NotebookExecutor(TimeProvider.System).RunAsync(new NotebookRunRequest(path, nb.OutDir)
        {
            CellTimeout = timeout ?? Timeout,
            Parameters = [.. parameters.Select(p => KeyValuePair.Create(p.Item1, p.Item2))],
        });

    /// <summary>A quant's own Plotly.NET chart needs Plotly.NET in the cell's references; the kernel session references the library's closure,
    /// the #r lines keep this test independent of that.</summary>
    internal static string PlotlyReferences => string.Concat(new[] { typeof(Plotly.NET.GenericChart), typeof(Plotly.NET.CSharp.Chart), typeof(Microsoft.FSharp.Core.FSharpOption<>) }
        .Select(t => $"#r \"{t.Assembly.Location}\"\n"));

    [Fact]
    public async Task Runs_cells_in_order_with_shared_state_stdout_display_and_results()
    {
        using var nb = new TestNotebook();
        var path = nb.Markdown("# Title\nSome *narrative*.")
            .Code("var prices = new[] { 1.0, 2.0, 4.0 };\nConsole.WriteLine($\"n={prices.Length}\");")
            .Code("record Point(int X, int Y);\nvar total = prices.Sum();\ndisplay(HTML(\"<b>bold</b>\"));\nConsole.Write(\"after\");")
            .Code(PlotlyReferences + "display(Plotly.NET.CSharp.Chart.Line<double, double, string>(new[] { 1.0, 2.0 }, new[] { 3.0, 4.0 }, Name: \"quant's own\"));\n" +
                  "new Point(1, 2) with { Y = (int)total }")
            .Save();

        var result = await Run(nb, path);

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(3, result.CodeCellsExecuted);
        var cells = (JsonArray)TestNotebook.ReadExecuted(result.ExecutedNotebookPath!)["cells"]!;
        Assert.Equal(4, cells.Count);

        var first = cells[1]!;
        Assert.Equal(1, first["execution_count"]!.GetValue<int>());
        var stream = first["outputs"]![0]!;
        Assert.Equal("stream", stream["output_type"]!.GetValue<string>());
        Assert.Equal("stdout", stream["name"]!.GetValue<string>());
        Assert.Equal("n=3\n", TestNotebook.Text(stream["text"]));

        var second = (JsonArray)cells[2]!["outputs"]!;
        Assert.Equal("display_data", second[0]!["output_type"]!.GetValue<string>());
        Assert.Equal("<b>bold</b>", TestNotebook.Text(second[0]!["data"]!["text/html"]));
        Assert.Equal("after", TestNotebook.Text(second[1]!["text"]));

        var third = (JsonArray)cells[3]!["outputs"]!;
        var plotly = third[0]!["data"]!["application/vnd.plotly.v1+json"]!;
        Assert.Equal(new[] { 3.0, 4.0 }, plotly["data"]![0]!["y"]!.AsArray().Select(v => v!.GetValue<double>()));
        Assert.Equal("execute_result", third[1]!["output_type"]!.GetValue<string>());
        Assert.Equal(3, third[1]!["execution_count"]!.GetValue<int>());
        Assert.Equal("Point { X = 1, Y = 7 }", TestNotebook.Text(third[1]!["data"]!["text/plain"]));

        var html = await File.ReadAllTextAsync(result.HtmlReportPath!);
        Assert.Contains("<h1 id=\"title\">Title</h1>", html);
        Assert.Contains("<b>bold</b>", html);
        Assert.Contains("Plotly.newPlot('chart-1'", html);
        Assert.Contains("<details class=\"code\">", html);
    }

    [Fact]
    public async Task Executed_notebook_is_valid_nbformat_4_and_keeps_polyglot_metadata()
    {
        using var nb = new TestNotebook();
        var path = nb.Markdown("## Intro").Code("1 + 1").Save();

        var result = await Run(nb, path);

        Assert.True(result.Succeeded, result.Failure);
        var root = TestNotebook.ReadExecuted(result.ExecutedNotebookPath!);
        Assert.Equal(4, root["nbformat"]!.GetValue<int>());
        Assert.Equal("csharp", root["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]!.GetValue<string>());
        foreach (var cell in root["cells"]!.AsArray())
        {
            Assert.NotNull(cell!["metadata"]);
            Assert.NotNull(cell["source"]);
            if (cell["cell_type"]!.GetValue<string>() == "code")
            {
                Assert.NotNull(cell["outputs"]);
                Assert.True(cell.AsObject().ContainsKey("execution_count"));
            }
        }

        var output = root["cells"]![1]!["outputs"]![0]!;
        Assert.Equal("execute_result", output["output_type"]!.GetValue<string>());
        Assert.Equal("2", TestNotebook.Text(output["data"]!["text/plain"]));
        Assert.NotNull(output["metadata"]);
    }

    [Fact]
    public async Task Parameters_cell_values_are_overridden_by_request_parameters()
    {
        using var nb = new TestNotebook();
        var path = nb.Code("var symbol = \"BTCUSDT\";\nvar bars = 10;\nvar quick = false;\nvar fee = 0.001m;", "parameters")
            .Code("Console.Write($\"{symbol} {bars} {quick} {fee}\");")
            .Save();

        var result = await Run(nb, path, null, ("bars", "25"), ("symbol", "ETH\"USDT"), ("quick", "true"), ("fee", "0.0025"));

        Assert.True(result.Succeeded, result.Failure);
        var cells = TestNotebook.ReadExecuted(result.ExecutedNotebookPath!)["cells"]!.AsArray();
        Assert.Equal(3, cells.Count);
        Assert.Equal("injected-parameters", cells[1]!["metadata"]!["tags"]![0]!.GetValue<string>());
        Assert.Equal("ETH\"USDT 25 True 0.0025", TestNotebook.Text(cells[2]!["outputs"]![0]!["text"]));
    }

    [Fact]
    public async Task Unknown_parameter_fails_naming_it_and_the_declared_ones()
    {
        using var nb = new TestNotebook();
        var path = nb.Code("var bars = 10;", "parameters").Save();

        var result = await Run(nb, path, null, ("bras", "25"));

        Assert.False(result.Succeeded);
        Assert.Contains("parameter 'bras' is not declared in the parameters cell (declared: bars)", result.Failure);
    }

    [Fact]
    public async Task Parameter_of_the_wrong_type_fails_naming_the_expected_type()
    {
        using var nb = new TestNotebook();
        var path = nb.Code("var bars = 10;", "parameters").Save();

        var result = await Run(nb, path, null, ("bars", "many"));

        Assert.False(result.Succeeded);
        Assert.Contains("parameter 'bars': expected a value of type Int32, got 'many'", result.Failure);
    }

    [Fact]
    public async Task Parameters_without_a_parameters_cell_fail_before_running()
    {
        using var nb = new TestNotebook();
        var path = nb.Code("var bars = 10;").Save();

        var result = await Run(nb, path, null, ("bars", "5"));

        Assert.False(result.Succeeded);
        Assert.Contains("no code cell is tagged 'parameters'", result.Failure);
        Assert.Null(result.ExecutedNotebookPath);
    }
}
