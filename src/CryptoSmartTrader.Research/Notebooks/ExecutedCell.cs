namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>A notebook cell after the run: its outputs and execution count (null when it did not run, e.g. after a failure or markdown).</summary>
internal sealed record ExecutedCell(NotebookCell Cell, int? ExecutionCount, IReadOnlyList<CellOutput> Outputs, TimeSpan? Duration);
