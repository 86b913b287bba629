namespace CryptoSmartTrader.Reporting.Html;

/// <summary>A failure: error name (e.g. <c>CS0103</c>, <c>InvalidOperationException</c>), message and optional detail (stack trace).</summary>
public sealed record ErrorOutput(string Name, string Message, string? Detail = null) : ReportOutput;
