using System.ComponentModel;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>
/// Cooperative cancellation for notebook cells. .NET cannot abort a thread, so the executor inserts a call to
/// <see cref="ThrowIfRequested"/> at the top of every loop body of a cell before compiling it; a timed-out cell then stops at its
/// next loop iteration. Cells can also pass <see cref="Current"/> to long-running library calls.
/// </summary>
public static class CellCancellation
{
    private static readonly AsyncLocal<CancellationToken> Token = new();

    /// <summary>The running cell's token (cancelled on timeout or when the run is cancelled); <c>None</c> outside the executor.</summary>
    public static CancellationToken Current => Token.Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void ThrowIfRequested() => Token.Value.ThrowIfCancellationRequested();

    internal static void Set(CancellationToken token) => Token.Value = token;
}
