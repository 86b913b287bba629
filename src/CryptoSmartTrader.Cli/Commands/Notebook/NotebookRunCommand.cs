using System.CommandLine;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Research.Notebooks;

namespace CryptoSmartTrader.Cli.Commands.Notebook;

/// <summary>
/// <c>cst notebook run</c>: executes each notebook (files, or every .ipynb in a folder) and writes DIR/&lt;name&gt;.ipynb and
/// DIR/&lt;name&gt;.html. Every notebook is attempted so all reports exist; the exit code is 1 if any failed.
/// </summary>
internal static class NotebookRunCommand
{
    private sealed record Summary(string Notebook, bool Ok, string? Failure, string? ExecutedNotebook, string? Html, int CodeCells, double Seconds);

    public static Command Create(CliContext context)
    {
        var notebooks = new Argument<string[]>("notebooks") { Description = "Notebook files (.ipynb) or folders holding them", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Folder for the executed notebooks and HTML reports", Required = true };
        var parameters = new Option<string[]>("--param")
        {
            Description = "Override a variable of the cell tagged 'parameters': name=value (repeatable)", DefaultValueFactory = _ => [],
        };
        var timeout = new Option<int>("--timeout") { Description = "Per-cell timeout in seconds", DefaultValueFactory = _ => 300 };
        var json = CommonOptions.Json();
        var command = new Command("run",
            "Execute C# notebooks headlessly (Roslyn scripting; #r, #load, display(...) supported) and write DIR/<name>.ipynb (with outputs) " +
            "and DIR/<name>.html (standalone, offline charts). A failing cell stops that notebook; exit code 1 names the notebook, cell and error.\n\n" +
            "Examples:\n  cst notebook run notebooks --out reports\n" +
            "  cst notebook run notebooks/03-train-multi-horizon.ipynb --out reports --param quick=true --param symbol=ETH/USDT --timeout 600")
        {
            notebooks, output, parameters, timeout, json,
        };
        command.SetAction((parse, ct) => ReportErrors(context, async () =>
        {
            var files = ResolveNotebooks(parse.GetValue(notebooks)!);
            var overrides = ParseParameters(parse.GetValue(parameters)!);
            var seconds = parse.GetValue(timeout);
            if (seconds <= 0)
            {
                throw new CliUsageException($"--timeout: expected a positive number of seconds, got {seconds}");
            }

            var executor = new NotebookExecutor(context.Time);
            var results = new List<NotebookRunResult>();
            foreach (var file in files)
            {
                var request = new NotebookRunRequest(file, parse.GetValue(output)!)
                {
                    Parameters = overrides, CellTimeout = TimeSpan.FromSeconds(seconds), Progress = line => context.Error.WriteLine(line),
                };
                var result = await executor.RunAsync(request, ct);
                results.Add(result);
                if (!parse.GetValue(json))
                {
                    await context.Out.WriteLineAsync(result.Succeeded
                        ? $"ok   {result.Notebook}: {result.CodeCellsExecuted} cells in {result.Duration.TotalSeconds:0.0} s -> {result.ExecutedNotebookPath}, {result.HtmlReportPath}"
                        : $"FAIL {result.Failure}");
                }
            }

            if (parse.GetValue(json))
            {
                await JsonOutput.WriteAsync(context.Out, results.Select(r => new Summary(r.Notebook, r.Succeeded, r.Failure, r.ExecutedNotebookPath,
                    r.HtmlReportPath, r.CodeCellsExecuted, Math.Round(r.Duration.TotalSeconds, 3))));
            }

            var failed = results.Where(r => !r.Succeeded).ToList();
            if (failed.Count > 0)
            {
                throw new CliFailureException(failed.Count == 1 ? failed[0].Failure! : $"{failed.Count} of {results.Count} notebooks failed; first: {failed[0].Failure}");
            }

            return CliApp.Success;
        }));
        return command;
    }

    /// <summary>
    /// Maps the CLI's expected failures to their exit codes here, because System.CommandLine's default exception handler would
    /// otherwise print a stack trace and return 1 for usage errors too.
    /// </summary>
    internal static async Task<int> ReportErrors(CliContext context, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (CliUsageException e)
        {
            await context.Error.WriteLineAsync($"usage error: {e.Message}");
            return CliApp.UsageError;
        }
        catch (CliFailureException e)
        {
            await context.Error.WriteLineAsync($"error: {e.Message}");
            return CliApp.Failure;
        }
    }

    internal static List<string> ResolveNotebooks(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var found = Directory.GetFiles(input, "*.ipynb").Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0)
                {
                    throw new CliUsageException($"notebooks: folder '{input}' holds no .ipynb files");
                }

                files.AddRange(found);
            }
            else if (File.Exists(input) && input.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
            {
                files.Add(input);
            }
            else
            {
                throw new CliUsageException($"notebooks: expected an .ipynb file or a folder of them, got '{input}'" + (File.Exists(input) ? "" : " (not found)"));
            }
        }

        return files;
    }

    internal static List<KeyValuePair<string, string>> ParseParameters(IEnumerable<string> values)
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (var value in values)
        {
            var eq = value.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new CliUsageException($"--param: expected name=value, got '{value}'");
            }

            result.Add(KeyValuePair.Create(value[..eq].Trim(), value[(eq + 1)..]));
        }

        return result;
    }
}
