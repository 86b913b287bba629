using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CryptoSmartTrader.Reporting.Html;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>
/// Runs a C# notebook headlessly: code cells in order in one Roslyn script state, the parameters cell overridden papermill-style, and
/// writes the executed notebook (nbformat 4 with outputs) and a standalone HTML report. The first failing cell stops the run; the
/// result names the notebook, the cell and the error. Runs are independent (each has its own state and output capture).
/// </summary>
public sealed class NotebookExecutor(TimeProvider time)
{
    public async Task<NotebookRunResult> RunAsync(NotebookRunRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fileName = Path.GetFileName(request.NotebookPath);
        var name = Path.GetFileNameWithoutExtension(request.NotebookPath);
        var startedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        NotebookRunResult Fail(string reason) => new(fileName, reason, null, null, 0, time.GetElapsedTime(started));

        if (request.CellTimeout <= TimeSpan.Zero)
        {
            return Fail($"cell timeout must be positive, got {request.CellTimeout}");
        }

        var notebook = NotebookFile.Load(request.NotebookPath, out var loadError);
        if (notebook is null)
        {
            return Fail(loadError!);
        }

        var outDir = Path.GetFullPath(request.OutputDirectory);
        var ipynbPath = Path.Combine(outDir, name + ".ipynb");
        if (string.Equals(ipynbPath, Path.GetFullPath(request.NotebookPath), StringComparison.Ordinal))
        {
            return Fail($"notebook '{fileName}': the output folder is the notebook's own folder, so the run would overwrite it; choose another output folder");
        }

        var parameterError = CheckParameters(notebook, request.Parameters);
        if (parameterError is not null)
        {
            return Fail($"notebook '{fileName}': {parameterError}");
        }

        var notebookDir = Path.GetDirectoryName(Path.GetFullPath(request.NotebookPath))!;
        var session = new ScriptSession(notebookDir, time);
        var executed = new List<ExecutedCell>();
        var ranges = new List<ReportDataRange>();
        var count = 0;
        string? failure = null;
        var total = notebook.Cells.Count;

        async Task<bool> Run(NotebookCell cell, string code)
        {
            var result = await session.RunAsync(code, request.CellTimeout, cancellationToken);
            executed.Add(new ExecutedCell(cell, ++count, result.Outputs, result.Duration));
            ranges.AddRange(result.DataRanges);
            var label = cell.IsParameters ? " (parameters)" : cell.Tags.Contains("injected-parameters") ? " (injected parameters)" : string.Empty;
            request.Progress?.Invoke($"[{name}] cell {cell.Number}/{total}{label} {(result.Failure is null ? "ok" : "FAILED")} {Seconds(result.Duration)}");
            if (result.Failure is not null)
            {
                failure = $"notebook '{fileName}' cell {cell.Number}{label}: {result.Failure}";
            }

            return result.Failure is null;
        }

        foreach (var cell in notebook.Cells)
        {
            if (failure is not null || !cell.IsCode || string.IsNullOrWhiteSpace(cell.Source))
            {
                executed.Add(new ExecutedCell(cell, null, [], null));
                continue;
            }

            var code = CellSource.Prepare(cell.Source, out var sourceError);
            if (code is null)
            {
                failure = $"notebook '{fileName}' cell {cell.Number}: {sourceError}";
                executed.Add(new ExecutedCell(cell, null, [new CellOutput(new ErrorOutput("UnsupportedCell", sourceError!))], null));
                continue;
            }

            if (!await Run(cell, code) || !cell.IsParameters || request.Parameters.Count == 0)
            {
                continue;
            }

            var assignments = ParameterBinder.BuildAssignments(request.Parameters, session.Variables, out var bindError);
            var injected = InjectedCell(cell.Number, assignments ?? "// " + bindError);
            if (assignments is null)
            {
                failure = $"notebook '{fileName}': {bindError}";
                executed.Add(new ExecutedCell(injected, null, [new CellOutput(new ErrorOutput("ParameterError", bindError!))], null));
                continue;
            }

            await Run(injected, assignments);
        }

        var duration = time.GetElapsedTime(started);
        var metadata = new RunMetadata
        {
            Source = request.NotebookPath, StartedAt = startedAt, Duration = duration, GitCommit = Trading.Packages.CodeVersion.Find(notebookDir),
            DataRanges = ranges, Parameters = request.Parameters, Failure = failure,
        };
        Directory.CreateDirectory(outDir);
        var htmlPath = Path.Combine(outDir, name + ".html");
        await File.WriteAllTextAsync(ipynbPath, IpynbWriter.Write(notebook, executed, RunJson(metadata)), new UTF8Encoding(false), cancellationToken);
        await HtmlReportRenderer.WriteAsync(NotebookReport.Build(name, executed, metadata), htmlPath, cancellationToken);
        request.Progress?.Invoke($"[{name}] {(failure is null ? "done" : "failed")} in {Seconds(duration)}: {ipynbPath}, {htmlPath}");
        return new NotebookRunResult(fileName, failure, ipynbPath, htmlPath, count, duration);
    }

    private static string? CheckParameters(NotebookFile notebook, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        if (parameters.Count == 0) return null;
        var duplicate = parameters.GroupBy(p => p.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) return $"parameter '{duplicate.Key}' is given more than once";
        return notebook.Cells.Any(c => c.IsCode && c.IsParameters)
            ? null
            : $"no code cell is tagged 'parameters', so {string.Join(", ", parameters.Select(p => p.Key))} cannot be set";
    }

    private static NotebookCell InjectedCell(int number, string source)
    {
        var json = new JsonObject
        {
            ["cell_type"] = "code", ["id"] = "injected-parameters",
            ["metadata"] = new JsonObject { ["tags"] = new JsonArray("injected-parameters") }, ["source"] = source,
        };
        return new NotebookCell(number, "code", source, ["injected-parameters"], json);
    }

    private static JsonObject RunJson(RunMetadata m) => new()
    {
        ["started"] = m.StartedAt?.ToString("O", CultureInfo.InvariantCulture),
        ["duration_seconds"] = m.Duration?.TotalSeconds,
        ["git_commit"] = m.GitCommit,
        ["parameters"] = new JsonObject([.. m.Parameters.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value))]),
        ["failure"] = m.Failure,
    };

    private static string Seconds(TimeSpan d) => d.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
