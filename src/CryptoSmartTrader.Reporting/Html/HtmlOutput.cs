namespace CryptoSmartTrader.Reporting.Html;

/// <summary>Trusted HTML inserted as-is.</summary>
public sealed record HtmlOutput(string Html) : ReportOutput;
