namespace CryptoSmartTrader.Reporting.Html;

/// <summary>A report: title, run metadata and cells, rendered to one standalone HTML page by <see cref="HtmlReportRenderer"/>.</summary>
public sealed record ReportDocument(string Title, IReadOnlyList<ReportCell> Cells, RunMetadata? Metadata = null);
