namespace CryptoSmartTrader.Reporting.Html;

/// <summary>
/// The market data a report is based on (e.g. <c>BTCUSDT 1h</c> from/to). Displaying one in a notebook shows it as text and adds it to
/// the report's run metadata.
/// </summary>
public sealed record ReportDataRange(string Description, DateTimeOffset From, DateTimeOffset To)
{
    public override string ToString() => $"data: {Description} {From.UtcDateTime:yyyy-MM-dd HH:mm}Z → {To.UtcDateTime:yyyy-MM-dd HH:mm}Z";
}
