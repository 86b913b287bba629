namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>
/// What to run: the notebook, where to write <c>&lt;name&gt;.ipynb</c> and <c>&lt;name&gt;.html</c>, parameter overrides for the cell
/// tagged <c>parameters</c>, the per-cell timeout, and an optional sink for progress lines (the CLI sends them to stderr).
/// </summary>
public sealed record NotebookRunRequest(string NotebookPath, string OutputDirectory)
{
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; } = [];
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(5);
    public Action<string>? Progress { get; init; }
}
