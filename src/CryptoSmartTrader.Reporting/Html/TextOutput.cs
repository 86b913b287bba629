namespace CryptoSmartTrader.Reporting.Html;

/// <summary>Plain text (stdout, values), shown preformatted and HTML-escaped. <see cref="Stream"/> is <c>stdout</c>/<c>stderr</c> for captured streams.</summary>
public sealed record TextOutput(string Text, string? Stream = null) : ReportOutput;
