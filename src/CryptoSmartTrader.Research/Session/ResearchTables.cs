using CryptoSmartTrader.Backtesting.Metrics;
using CryptoSmartTrader.Data.Quality;
using CryptoSmartTrader.Models.Evaluation;
using CryptoSmartTrader.Reporting.Html;
using CryptoSmartTrader.Research.Display;

namespace CryptoSmartTrader.Research.Session;

/// <summary>Tables for display(...) (<c>session.Tables</c>), every row shown (the same columns as the display formatters of
/// <see cref="LibraryTables"/>). Stateless.</summary>
public sealed class ResearchTables
{
    /// <summary>Forecast scores (one row per model and horizon) as an HTML table for display(...).</summary>
    public HtmlContent MetricsTable(IEnumerable<HorizonMetrics> metrics, string? caption = null) =>
        new(LibraryTables.ModelMetrics(metrics, caption, int.MaxValue).ToHtml());

    /// <summary>The headline backtest metrics as an HTML table.</summary>
    public HtmlContent MetricsTable(MetricsReport m, string? caption = null) => new(LibraryTables.BacktestMetrics(m, caption).ToHtml());

    /// <summary>A data-quality verdict per series as an HTML table.</summary>
    public HtmlContent QualityTable(IEnumerable<DataQualityReport> reports, string? caption = null) =>
        new(LibraryTables.QualityTable(reports, caption, int.MaxValue).ToHtml());
}
