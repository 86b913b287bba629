using System.Text.Json;
using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Cli.Tests.Commands.Notebook;

public sealed class NotebookRunCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cst-cli-nb-" + Guid.NewGuid().ToString("N")[..12]);

    public NotebookRunCommandTests() => Directory.CreateDirectory(Path.Combine(_dir, "nb"));

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { /* best effort */ }
    }

    private string Notebook(string name, params (string Code, bool Parameters)[] cells)
    {
        var array = new JsonArray(new JsonObject { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = "# " + name });
        foreach (var (code, parameters) in cells)
        {
            var metadata = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } };
            if (parameters) metadata["tags"] = new JsonArray("parameters");
            array.Add(new JsonObject { ["cell_type"] = "code", ["execution_count"] = null, ["metadata"] = metadata, ["outputs"] = new JsonArray(), ["source"] = code });
        }

        var root = new JsonObject
        {
            ["cells"] = array,
            ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["language"] = "C#", ["name"] = ".net-csharp", ["display_name"] = ".NET (C#)" } },
            ["nbformat"] = 4, ["nbformat_minor"] = 4,
        };
        var path = Path.Combine(_dir, "nb", name + ".ipynb");
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }

    [Fact]
    public async Task Run_writes_executed_notebook_and_html_and_reports_progress_on_stderr()
    {
        var path = Notebook("good", ("var n = 1;", true), ("Console.Write(n * 2);", false));
        var outDir = Path.Combine(_dir, "out");

        var r = await CliRunner.RunAsync("notebook", "run", path, "--out", outDir, "--param", "n=21");

        Assert.True(r.ExitCode == 0, r.Error);
        Assert.StartsWith("ok   good.ipynb: 3 cells in ", r.Out);
        Assert.Contains("[good] cell 2/3 (parameters) ok", r.Error);
        var executed = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "good.ipynb")))!;
        Assert.Equal("42", executed["cells"]![3]!["outputs"]![0]!["text"]![0]!.GetValue<string>());
        Assert.Contains("<!DOCTYPE html>", File.ReadAllText(Path.Combine(outDir, "good.html")));
    }

    [Fact]
    public async Task Failing_cell_exits_1_with_notebook_cell_and_error_on_one_line()
    {
        var path = Notebook("bad", ("var x = 1;", false), ("x.Nope();", false));

        var r = await CliRunner.RunAsync("notebook", "run", path, "--out", Path.Combine(_dir, "out"));

        Assert.Equal(1, r.ExitCode);
        var line = r.Error.Split('\n').Single(l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.StartsWith("error: notebook 'bad.ipynb' cell 3: compile error: (1,3): error CS1061:", line);
        Assert.True(File.Exists(Path.Combine(_dir, "out", "bad.html")), "the report of a failed run is still written");
    }

    [Fact]
    public async Task Folder_runs_every_notebook_and_json_lists_them()
    {
        Notebook("a", ("1 + 1", false));
        Notebook("b", ("throw new Exception(\"nope\");", false));

        var r = await CliRunner.RunAsync("notebook", "run", Path.Combine(_dir, "nb"), "--out", Path.Combine(_dir, "out"), "--json");

        Assert.Equal(1, r.ExitCode);
        var list = JsonDocument.Parse(r.Out).RootElement;
        Assert.Equal(2, list.GetArrayLength());
        Assert.True(list[0].GetProperty("ok").GetBoolean());
        Assert.Equal("a.ipynb", list[0].GetProperty("notebook").GetString());
        Assert.Equal("notebook 'b.ipynb' cell 2: Exception: nope", list[1].GetProperty("failure").GetString());
        Assert.Contains("error: notebook 'b.ipynb' cell 2: Exception: nope", r.Error);
    }

    [Theory]
    [InlineData("--param", "novalue", "--param: expected name=value, got 'novalue'")]
    [InlineData("--timeout", "0", "--timeout: expected a positive number of seconds, got 0")]
    public async Task Bad_options_are_usage_errors(string option, string value, string expected)
    {
        var path = Notebook("x", ("1", true));

        var r = await CliRunner.RunAsync("notebook", "run", path, "--out", Path.Combine(_dir, "out"), option, value);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains(expected, r.Error);
    }

    [Fact]
    public async Task Missing_notebook_is_a_usage_error()
    {
        var r = await CliRunner.RunAsync("notebook", "run", Path.Combine(_dir, "missing.ipynb"), "--out", _dir);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("expected an .ipynb file or a folder of them", r.Error);
        Assert.Contains("(not found)", r.Error);
    }

    [Fact]
    public async Task Out_is_required()
    {
        var r = await CliRunner.RunAsync("notebook", "run", Notebook("y", ("1", false)));

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--out", r.Error);
    }
}
