namespace CryptoSmartTrader.Reporting.Html;

/// <summary>Markdown rendered with Markdig (advanced extensions: tables, task lists, math spans…). Headings feed the table of contents.</summary>
public sealed record MarkdownCell(string Markdown) : ReportCell;
