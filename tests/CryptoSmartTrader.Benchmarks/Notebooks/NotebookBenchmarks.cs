using BenchmarkDotNet.Attributes;
using CryptoSmartTrader.Research.Notebooks;

namespace CryptoSmartTrader.Benchmarks.Notebooks;

/// <summary>Executor overhead: a five-cell notebook (state carried across cells, one display) run end to end, outputs written.</summary>
[MemoryDiagnoser]
public class NotebookBenchmarks
{
    private string _dir = string.Empty;
    private string _notebook = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _dir = Path.Combine(Path.GetTempPath(), "cst-bench-nb-" + Environment.ProcessId);
        Directory.CreateDirectory(_dir);
        _notebook = Path.Combine(_dir, "bench.ipynb");
        string[] cells = ["var xs = Enumerable.Range(0, 1000).Select(i => i * 0.5).ToArray();", "var s = xs.Sum();", "Console.WriteLine(s);",
            "display(HTML(\"<b>\" + s + \"</b>\"));", "s / xs.Length"];
        var json = "{\"cells\":[" + string.Join(",", cells.Select(c =>
            "{\"cell_type\":\"code\",\"execution_count\":null,\"metadata\":{},\"outputs\":[],\"source\":" + System.Text.Json.JsonSerializer.Serialize(c) + "}")) +
            "],\"metadata\":{},\"nbformat\":4,\"nbformat_minor\":4}";
        File.WriteAllText(_notebook, json);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    [Benchmark]
    public async Task<int> RunFiveCellNotebook()
    {
        var result = await new NotebookExecutor(TimeProvider.System).RunAsync(new NotebookRunRequest(_notebook, Path.Combine(_dir, "out")));
        return result.Succeeded ? result.CodeCellsExecuted : throw new InvalidOperationException(result.Failure);
    }
}
