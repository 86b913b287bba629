namespace CryptoSmartTrader.Reporting.Html;

/// <summary>One output of a report cell: text, trusted HTML, a chart or an error.</summary>
public abstract record ReportOutput;
