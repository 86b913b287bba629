namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>
/// The outcome of one notebook run. On failure <see cref="Failure"/> names the notebook, the cell and the compiler or runtime error;
/// the output files are still written (with the error in the failing cell) when the notebook could be read.
/// </summary>
public sealed record NotebookRunResult(string Notebook, string? Failure, string? ExecutedNotebookPath, string? HtmlReportPath,
    int CodeCellsExecuted, TimeSpan Duration)
{
    public bool Succeeded => Failure is null;
}
