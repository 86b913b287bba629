using System.Globalization;
using CryptoSmartTrader.Backtesting.Metrics;
using CryptoSmartTrader.Data.Quality;
using CryptoSmartTrader.Models.Evaluation;
using CryptoSmartTrader.Reporting.Html;

namespace CryptoSmartTrader.Research.Session;

public sealed partial class ResearchSession
{
    /// <summary>Forecast scores (one row per model and horizon) as an HTML table for display(...).</summary>
    public static HtmlContent MetricsTable(IEnumerable<HorizonMetrics> metrics, string? caption = null) =>
        HtmlTable.From(["horizon", "model", "n", "AUC", "Brier", "log loss", "ECE", "cov80", "cov95", "gate share", "gate hit"],
            metrics.Select(m => (IReadOnlyList<string>)[m.Horizon, m.Model, m.N.ToString(CultureInfo.InvariantCulture), F(m.Auc), F(m.Brier), F(m.LogLoss),
                F(m.Ece), F(m.Coverage80), F(m.Coverage95), F(m.GatePassShare), F(m.GateHitRate)]), caption);

    /// <summary>The headline backtest metrics as an HTML table.</summary>
    public static HtmlContent MetricsTable(MetricsReport m, string? caption = null) =>
        HtmlTable.From(["metric", "value"], new (string, double?)[]
        {
            ("initial equity", (double)m.InitialEquity), ("final equity", (double)m.FinalEquity), ("total return", m.TotalReturn),
            ("buy & hold return", m.BenchmarkTotalReturn), ("CAGR", m.Cagr), ("volatility", m.Volatility), ("Sharpe", m.Sharpe),
            ("Sortino", m.Sortino), ("max drawdown", m.MaxDrawdown), ("PSR", m.ProbabilisticSharpe), ("DSR", m.DeflatedSharpe),
            ("trades", m.Trades), ("win rate", m.WinRate), ("profit factor", m.ProfitFactor), ("exposure", m.Exposure),
            ("fees paid", (double)m.FeesPaid), ("slippage paid", (double)m.SlippagePaid),
        }.Select(r => (IReadOnlyList<string>)[r.Item1, r.Item2 is { } v ? F(v) : "-"]), caption);

    /// <summary>A data-quality verdict per series as an HTML table.</summary>
    public static HtmlContent QualityTable(IEnumerable<DataQualityReport> reports, string? caption = null) =>
        HtmlTable.From(["series", "rows", "expected", "gaps", "missing bars", "duplicates", "invalid", "return outliers", "range outliers"],
            reports.Select(r => (IReadOnlyList<string>)[$"{r.Exchange} {r.Symbol} {r.Timeframe}", I(r.Rows), I(r.ExpectedBars), I(r.GapCount),
                I(r.MissingBars), I(r.Duplicates), I(r.Invalid), I(r.ReturnOutliers), I(r.RangeOutliers)]), caption);

    private static string F(double v) => double.IsFinite(v) ? v.ToString("0.####", CultureInfo.InvariantCulture) : "-";

    private static string I(long v) => v.ToString(CultureInfo.InvariantCulture);
}
