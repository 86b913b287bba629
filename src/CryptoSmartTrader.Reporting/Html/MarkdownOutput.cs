namespace CryptoSmartTrader.Reporting.Html;

/// <summary>Prose produced by a cell (notebook <c>text/markdown</c>), rendered with the report's Markdig pipeline. Its headings do not enter the table of contents.</summary>
public sealed record MarkdownOutput(string Markdown) : ReportOutput;
