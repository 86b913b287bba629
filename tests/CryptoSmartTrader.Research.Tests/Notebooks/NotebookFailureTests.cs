using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Research.Tests.Notebooks;

public sealed class NotebookFailureTests
{
    [Fact]
    public async Task Compile_error_names_notebook_cell_and_compiler_error_and_stops_the_run()
    {
        using var nb = new TestNotebook();
        var path = nb.Markdown("# t").Code("var x = 1;").Code("var y = x +\n  undefinedName;").Code("Console.Write(\"never\");").Save("broken");

        var result = await NotebookExecutorTests.Run(nb, path);

        Assert.False(result.Succeeded);
        Assert.StartsWith("notebook 'broken.ipynb' cell 3: compile error: (2,3): error CS0103: The name 'undefinedName' does not exist", result.Failure);
        Assert.Equal(2, result.CodeCellsExecuted);
        var cells = TestNotebook.ReadExecuted(result.ExecutedNotebookPath!)["cells"]!.AsArray();
        var error = cells[2]!["outputs"]![0]!;
        Assert.Equal("error", error["output_type"]!.GetValue<string>());
        Assert.Equal("CS0103", error["ename"]!.GetValue<string>());
        Assert.Null(cells[3]!["execution_count"]);
        Assert.Empty(cells[3]!["outputs"]!.AsArray());
        Assert.Contains("Run failed: notebook &#39;broken.ipynb&#39; cell 3", await File.ReadAllTextAsync(result.HtmlReportPath!));
    }

    [Fact]
    public async Task Runtime_error_names_the_cell_and_exception()
    {
        using var nb = new TestNotebook();
        var path = nb.Code("Console.WriteLine(\"before\");\nthrow new InvalidOperationException(\"boom\");").Save("throws");

        var result = await NotebookExecutorTests.Run(nb, path);

        Assert.False(result.Succeeded);
        Assert.Equal("notebook 'throws.ipynb' cell 1: InvalidOperationException: boom", result.Failure);
        var outputs = TestNotebook.ReadExecuted(result.ExecutedNotebookPath!)["cells"]![0]!["outputs"]!.AsArray();
        Assert.Equal("before\n", TestNotebook.Text(outputs[0]!["text"]));
        Assert.Equal("InvalidOperationException", outputs[1]!["ename"]!.GetValue<string>());
        Assert.Equal("boom", outputs[1]!["evalue"]!.GetValue<string>());
    }

    [Fact]
    public async Task Endless_loop_times_out_and_is_stopped_cooperatively()
    {
        using var nb = new TestNotebook();
        var path = nb.Code("var n = 0L;\nwhile (true) n++;").Code("Console.Write(\"never\");").Save("spins");

        var result = await NotebookExecutorTests.Run(nb, path, TimeSpan.FromSeconds(1));

        Assert.False(result.Succeeded);
        Assert.Equal("notebook 'spins.ipynb' cell 1: timed out after 1 s", result.Failure);
        var cells = TestNotebook.ReadExecuted(result.ExecutedNotebookPath!)["cells"]!.AsArray();
        Assert.Equal("TimeoutException", cells[0]!["outputs"]![0]!["ename"]!.GetValue<string>());
        Assert.Null(cells[1]!["execution_count"]);
    }

    [Fact]
    public async Task A_blocked_cell_that_ignores_cancellation_is_abandoned_and_reported()
    {
        using var nb = new TestNotebook();
        // A first cell takes the compiler's start-up (seconds on a loaded machine, with the whole library referenced), so the
        // timeout is about the blocked cell, not the first compilation.
        var path = nb.Code("1").Code("System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);").Save("blocks");

        var result = await NotebookExecutorTests.Run(nb, path, TimeSpan.FromSeconds(3));

        Assert.False(result.Succeeded);
        Assert.Equal("notebook 'blocks.ipynb' cell 2: timed out after 3 s and did not stop (its thread was abandoned)", result.Failure);
    }

    [Fact]
    public async Task Missing_notebook_fails_with_its_path()
    {
        using var nb = new TestNotebook();
        var path = Path.Combine(nb.Directory, "nope.ipynb");

        var result = await NotebookExecutorTests.Run(nb, path);

        Assert.Equal($"notebook '{path}' not found", result.Failure);
    }

    [Fact]
    public async Task Invalid_json_fails_naming_the_file()
    {
        using var nb = new TestNotebook();
        var path = nb.WriteFile("bad.ipynb", "{ not json");

        var result = await NotebookExecutorTests.Run(nb, path);

        Assert.StartsWith("notebook 'bad.ipynb' is not valid JSON", result.Failure);
    }

    [Fact]
    public async Task Old_nbformat_is_rejected()
    {
        using var nb = new TestNotebook();
        var path = nb.Code("1").Save("old", nbformat: 3);

        var result = await NotebookExecutorTests.Run(nb, path);

        Assert.Equal("notebook 'old.ipynb': expected nbformat 4 (a Jupyter .ipynb file), got nbformat 3", result.Failure);
    }

    [Fact]
    public async Task Python_notebook_is_rejected()
    {
        using var nb = new TestNotebook();
        var path = nb.Code("print(1)").Save("py", kernelLanguage: "python");

        var result = await NotebookExecutorTests.Run(nb, path);

        Assert.Equal("notebook 'py.ipynb': kernel language is 'python', expected C# (.NET Interactive / Polyglot Notebooks)", result.Failure);
    }

    [Fact]
    public async Task Cell_in_another_kernel_is_rejected()
    {
        using var nb = new TestNotebook();
        var path = nb.Code("1").Save("pwsh");
        var json = TestNotebook.ReadExecuted(path);
        json["cells"]![0]!["metadata"]!["polyglot_notebook"]!["kernelName"] = "pwsh";
        await File.WriteAllTextAsync(path, json.ToJsonString());

        var result = await NotebookExecutorTests.Run(nb, path);

        Assert.Equal("notebook 'pwsh.ipynb': cell 1 is a 'pwsh' cell; only C# cells can be executed", result.Failure);
    }

    [Theory]
    [InlineData("#!time\n1", "line 1: magic command '#!time' is not supported")]
    [InlineData("#r \"nuget: Newtonsoft.Json\"\n1", "line 1: '#r \"nuget: Newtonsoft.Json\"' needs a NuGet download")]
    public async Task Unsupported_cell_commands_are_rejected(string code, string expected)
    {
        using var nb = new TestNotebook();
        var path = nb.Code(code).Save("magic");

        var result = await NotebookExecutorTests.Run(nb, path);

        Assert.StartsWith($"notebook 'magic.ipynb' cell 1: {expected}", result.Failure);
    }

    [Fact]
    public async Task Kernel_marker_line_is_accepted()
    {
        using var nb = new TestNotebook();
        var path = nb.Code("#!csharp\n40 + 2").Save("marker");

        var result = await NotebookExecutorTests.Run(nb, path);

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task Output_folder_equal_to_the_notebook_folder_is_refused()
    {
        using var nb = new TestNotebook();
        var path = nb.Code("1").Save("same");

        var result = await new CryptoSmartTrader.Research.Notebooks.NotebookExecutor(TimeProvider.System)
            .RunAsync(new CryptoSmartTrader.Research.Notebooks.NotebookRunRequest(path, nb.Directory));

        Assert.Contains("would overwrite it", result.Failure);
        Assert.Equal("1", TestNotebook.Text(TestNotebook.ReadExecuted(path)["cells"]![0]!["source"]));
    }
}
