namespace CryptoSmartTrader.Reporting.Html;

/// <summary>
/// Source code (collapsed by default) followed by its outputs. <see cref="ExecutionCount"/> is null when it did not run;
/// <see cref="Language"/> is used for the code element's class.
/// </summary>
public sealed record CodeCell(string Source, IReadOnlyList<ReportOutput> Outputs, int? ExecutionCount = null, TimeSpan? Duration = null,
    string Language = "csharp") : ReportCell;
