using System.Reflection;
using CryptoSmartTrader.Reporting.Html;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>
/// One notebook's Roslyn script state: each cell is a submission continuing the previous one, so variables, types and usings carry over.
/// Each cell runs on its own background thread. On timeout the cell's token is cancelled (loops stop at their next iteration, see
/// <see cref="LoopCancellationRewriter"/>); a cell still blocked after a grace period is abandoned (its background thread cannot be
/// aborted in .NET and ends with the process) and the run stops, so its state is never used again.
/// </summary>
internal sealed class ScriptSession(string notebookDirectory, TimeProvider time)
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);
    private static readonly Lazy<MetadataReference[]> FrameworkReferences = new(LoadFrameworkReferences);

    private readonly NotebookGlobals _globals = new(notebookDirectory);
    private readonly ScriptOptions _options = ScriptOptions.Default
        .WithReferences(FrameworkReferences.Value)
        .AddReferences(typeof(NotebookGlobals).Assembly, typeof(HtmlContent).Assembly, typeof(Core.Markets.Candle).Assembly,
            typeof(Microsoft.AspNetCore.Html.IHtmlContent).Assembly)
        .WithImports("System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Text",
            "System.Threading", "System.Threading.Tasks")
        .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(notebookDirectory).WithSearchPaths(notebookDirectory))
        .WithSourceResolver(ScriptSourceResolver.Default.WithBaseDirectory(notebookDirectory).WithSearchPaths(notebookDirectory))
        .WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest)
        .WithEmitDebugInformation(true);

    private ScriptState<object>? _state;

    public IEnumerable<ScriptVariable> Variables => _state?.Variables ?? [];

    public async Task<CellResult> RunAsync(string code, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ConsoleCapture.EnsureInstalled();
        var capture = new CellCapture();
        _globals.Capture = capture;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var completion = new TaskCompletionSource<ScriptState<object>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var rewritten = LoopCancellationRewriter.Rewrite(code);
        var previous = _state;
        var started = time.GetTimestamp();
        var thread = new Thread(() =>
        {
            ConsoleCapture.Current = capture;
            CellCancellation.Set(cts.Token);
            try
            {
                var run = previous is null
                    ? CSharpScript.RunAsync(rewritten, _options, _globals, typeof(NotebookGlobals), cts.Token)
                    : previous.ContinueWithAsync(rewritten, _options, cts.Token);
                completion.TrySetResult(run.GetAwaiter().GetResult());
            }
            catch (Exception e)
            {
                completion.TrySetException(e);
            }
        }) { IsBackground = true, Name = "notebook cell" };
        thread.Start();

        string? failure = null;
        try
        {
            var state = await completion.Task.WaitAsync(timeout, time, cancellationToken);
            _state = state;
            if (state.ReturnValue is not null) capture.Add(state.ReturnValue, isResult: true);
        }
        catch (TimeoutException)
        {
            await cts.CancelAsync();
            var stopped = await Task.WhenAny(completion.Task, Task.Delay(Grace, time)) == completion.Task;
            failure = $"timed out after {timeout.TotalSeconds:0.###} s" + (stopped ? string.Empty : " and did not stop (its thread was abandoned)");
            capture.AddError(new ErrorOutput("TimeoutException", failure));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (CompilationErrorException e)
        {
            var errors = e.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
            failure = "compile error: " + string.Join("; ", errors.Take(3)) + (errors.Count > 3 ? $" (+{errors.Count - 3} more)" : string.Empty);
            capture.AddError(new ErrorOutput(e.Diagnostics.FirstOrDefault()?.Id ?? "CompilationError", string.Join("\n", errors)));
        }
        catch (Exception e)
        {
            var inner = e is TargetInvocationException { InnerException: { } ie } ? ie : e;
            failure = $"{inner.GetType().Name}: {inner.Message}";
            capture.AddError(new ErrorOutput(inner.GetType().Name, inner.Message, UserStackTrace(inner)));
        }

        return new CellResult(capture.Outputs, capture.DataRanges, time.GetElapsedTime(started), failure);
    }

    private static string? UserStackTrace(Exception e)
    {
        // Frames below the script runner are Roslyn's plumbing, not the notebook's.
        var lines = e.ToString().Split('\n').TakeWhile(l => !l.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal));
        return string.Join('\n', lines).TrimEnd();
    }

    private static MetadataReference[] LoadFrameworkReferences()
    {
        // ScriptOptions.Default only knows a few facades on .NET Core; reference the whole shared framework the executor runs on.
        var frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var tpa = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(Path.PathSeparator);
        return [.. tpa.Where(p => p.Length > 0 && string.Equals(Path.GetDirectoryName(p), frameworkDir, StringComparison.Ordinal))
            .Where(p => !Path.GetFileName(p).StartsWith("Microsoft.VisualBasic", StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }
}
