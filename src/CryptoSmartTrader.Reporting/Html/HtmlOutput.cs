namespace CryptoSmartTrader.Reporting.Html;

/// <summary>Trusted HTML inserted as-is, with an optional plain-text rendering for front ends that show text only (notebook <c>text/plain</c>).</summary>
public sealed record HtmlOutput(string Html, string? PlainText = null) : ReportOutput;
