using System.Collections.Immutable;
using System.Reflection;
using CryptoSmartTrader.Reporting.Html;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>
/// One notebook's Roslyn script state: each cell is a submission continuing the previous one, so variables, types and usings carry over.
/// The headless runner and the Jupyter kernel both run cells through this class. Each cell runs on its own background thread. On
/// timeout or interrupt the cell's token is cancelled (loops stop at their next iteration, see <see cref="LoopCancellationRewriter"/>);
/// a cell still blocked after a grace period is abandoned (its background thread cannot be aborted in .NET and ends with the process).
/// A failed, timed-out or interrupted cell leaves the state as it was before the cell.
/// </summary>
internal sealed class ScriptSession(string notebookDirectory, TimeProvider time)
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    private readonly NotebookGlobals _globals = new(notebookDirectory);
    private readonly ScriptOptions _options = ScriptOptions.Default
        .WithReferences(ScriptReferences.References)
        .WithImports("System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Text",
            "System.Threading", "System.Threading.Tasks")
        .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(notebookDirectory).WithSearchPaths(notebookDirectory))
        .WithSourceResolver(ScriptSourceResolver.Default.WithBaseDirectory(notebookDirectory).WithSearchPaths(notebookDirectory))
        .WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest)
        .WithEmitDebugInformation(true);

    private ScriptState<object>? _state;

    public IEnumerable<ScriptVariable> Variables => _state?.Variables ?? [];

    public Task<CellResult> RunAsync(string code, TimeSpan timeout, CancellationToken cancellationToken) =>
        RunAsync(code, timeout, null, CancellationToken.None, cancellationToken);

    /// <param name="listener">Sees outputs as they happen; null for the headless runner.</param>
    /// <param name="interrupt">Stops this cell only (the front end's interrupt); the session stays usable.</param>
    public async Task<CellResult> RunAsync(string code, TimeSpan timeout, ICellListener? listener, CancellationToken interrupt, CancellationToken cancellationToken)
    {
        ConsoleCapture.EnsureInstalled();
        var capture = new CellCapture(listener);
        _globals.Capture = capture;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var waitCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, interrupt);
        var completion = new TaskCompletionSource<ScriptState<object>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var rewritten = LoopCancellationRewriter.Rewrite(code);
        var previous = _state;
        var started = time.GetTimestamp();
        var script = previous is null
            ? CSharpScript.Create(rewritten, _options, typeof(NotebookGlobals))
            : previous.Script.ContinueWith(rewritten, _options);
        var thread = new Thread(() =>
        {
            ConsoleCapture.Current = capture;
            CellCancellation.Set(cts.Token);
            try
            {
                var run = previous is null ? script.RunAsync(_globals, cts.Token) : script.RunFromAsync(previous, cts.Token);
                completion.TrySetResult(run.GetAwaiter().GetResult());
            }
            catch (Exception e)
            {
                completion.TrySetException(e);
            }
        }) { IsBackground = true, Name = "notebook cell" };

        string? failure = null;
        try
        {
            try
            {
                // Compiled before the cell's clock starts: the timeout is for the cell's own work, not for waiting on another
                // session's compilation or on the compiler's start-up.
                await CompileAloneAsync(script, waitCts.Token);
            }
            catch
            {
                completion.TrySetCanceled(CancellationToken.None);
                throw;
            }

            thread.Start();
            var state = await completion.Task.WaitAsync(timeout, time, waitCts.Token);
            _state = state;
            if (state.ReturnValue is not null) capture.Add(state.ReturnValue, isResult: true);
        }
        catch (TimeoutException)
        {
            failure = $"timed out after {timeout.TotalSeconds:0.###} s" + await StopAsync(cts, completion.Task);
            capture.AddError(new ErrorOutput("TimeoutException", failure));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            failure = "interrupted" + await StopAsync(cts, completion.Task);
            capture.AddError(new ErrorOutput("OperationCanceledException", failure));
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

    /// <summary>
    /// The compilation a cell would have if it ran now (the previous cells as earlier submissions), for completion and inspection.
    /// </summary>
    public Compilation Compile(string code)
    {
        var script = _state is null
            ? CSharpScript.Create(code, _options, typeof(NotebookGlobals))
            : _state.Script.ContinueWith(code, _options);
        return script.GetCompilation();
    }

    // Roslyn binds a submission's references against the assemblies already loaded in the process; two sessions compiling at
    // once (several notebooks or kernels' tests in one process) could bind the same library assembly twice, once by path and
    // once by identity, and then refuse a cell with "cannot convert from CandleSeries to CandleSeries". One compile at a time;
    // the cells still run concurrently.
    private static readonly SemaphoreSlim CompileGate = new(1, 1);

    private static async Task CompileAloneAsync(Script script, CancellationToken cancellationToken)
    {
        await CompileGate.WaitAsync(cancellationToken);
        ImmutableArray<Diagnostic> diagnostics;
        try
        {
            diagnostics = await Task.Run(() => script.Compile(cancellationToken), cancellationToken);
        }
        finally
        {
            CompileGate.Release();
        }

        var error = diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (error is not null) throw new CompilationErrorException(error.ToString(), diagnostics);
    }

    private async Task<string> StopAsync(CancellationTokenSource cts, Task completion)
    {
        await cts.CancelAsync();
        var stopped = await Task.WhenAny(completion, Task.Delay(Grace, time)) == completion;
        return stopped ? string.Empty : " and did not stop (its thread was abandoned)";
    }

    private static string? UserStackTrace(Exception e)
    {
        // Frames below the script runner are Roslyn's plumbing, not the notebook's.
        var lines = e.ToString().Split('\n').TakeWhile(l => !l.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal));
        return string.Join('\n', lines).TrimEnd();
    }
}
