namespace CryptoSmartTrader.Reporting.Html;

/// <summary>A block of a report: narrative markdown or code with its outputs.</summary>
public abstract record ReportCell;
