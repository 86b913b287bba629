using CryptoSmartTrader.Reporting.Html;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>
/// The notebook engine for interactive front ends (the Jupyter kernel): the same script session, cell preparation and output
/// formatting as <see cref="NotebookExecutor"/>, one cell at a time, with outputs reported live to a listener and editor help.
/// Not thread-safe: one cell (or help request) at a time, as Jupyter's shell channel delivers them.
/// </summary>
public sealed class InteractiveSession(string workingDirectory, TimeProvider time)
{
    private readonly ScriptSession _session = new(workingDirectory, time);

    /// <summary>
    /// Runs one cell. Its outputs (including the value of its last expression) go to <paramref name="listener"/> as they happen; a
    /// failure (compile error, exception, interrupt) comes back as the result's error, with the session as before the cell.
    /// </summary>
    public async Task<InteractiveResult> ExecuteAsync(string code, ICellListener listener, TimeSpan timeout, CancellationToken interrupt)
    {
        ArgumentNullException.ThrowIfNull(code);
        var prepared = CellSource.Prepare(code, out var sourceError);
        if (prepared is null) return new InteractiveResult(new ErrorOutput("UnsupportedCell", sourceError!), TimeSpan.Zero);
        var result = await _session.RunAsync(prepared, timeout, listener, interrupt, CancellationToken.None);
        var error = result.Failure is null ? null : result.Outputs.Select(o => o.Content).OfType<ErrorOutput>().LastOrDefault();
        return new InteractiveResult(error ?? (result.Failure is null ? null : new ErrorOutput("Error", result.Failure)), result.Duration);
    }

    /// <summary>
    /// Runs a trivial submission, so loading the references and JIT-compiling Roslyn (seconds) can happen while the front end is
    /// still connecting instead of delaying the first cell. It runs in this session (an expression without effects, like a user
    /// cell "1") because Roslyn script chains compiled concurrently in one process were seen to end up with two symbol sets for
    /// System.Private.CoreLib ("cannot convert from 'string' to 'string'"); call it before the first cell, not alongside.
    /// </summary>
    public Task WarmUpAsync() => _session.RunAsync("1", TimeSpan.FromMinutes(1), CancellationToken.None);

    public CompletionList Complete(string code, int cursor) => CodeAssistance.Complete(_session, code, cursor);

    public Inspection? Inspect(string code, int cursor) => CodeAssistance.Inspect(_session, code, cursor);

    /// <summary>Whether <paramref name="code"/> is a whole submission (a front end then runs it rather than adding a line).</summary>
    public static bool IsComplete(string code) => CodeAssistance.IsComplete(code);
}

/// <summary>How a cell ended: <see cref="Error"/> is null when it succeeded.</summary>
public sealed record InteractiveResult(ErrorOutput? Error, TimeSpan Duration);
