using CryptoSmartTrader.Backtesting.Metrics;
using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Data.Quality;
using CryptoSmartTrader.Models.Evaluation;
using CryptoSmartTrader.Reporting.Html;
using CryptoSmartTrader.Research.Session;
using static CryptoSmartTrader.Research.Display.DisplayValue;

namespace CryptoSmartTrader.Research.Display;

/// <summary>The tables behind <see cref="DisplayFormatters"/>, one per library type (also used by the session's <c>…Table</c> helpers).</summary>
public static class LibraryTables
{
    public static HtmlOutput Candles(CandleSeries s)
    {
        var caption = s.IsEmpty
            ? $"{s.Exchange} {s.Symbol} {s.Timeframe}: no bars"
            : $"{s.Exchange} {s.Symbol} {s.Timeframe}: {s.Count:N0} bars, opens {Time(s.FirstOpenTime)} .. {TimeMs(s.OpenTimeMs[^1])} (UTC)";
        return new DisplayTable(["open time (UTC)", "open", "high", "low", "close", "volume"], caption)
            .Rows(s.Count, i => [TimeMs(s.OpenTimeMs[(int)i]), Number(s.Open[(int)i]), Number(s.High[(int)i]), Number(s.Low[(int)i]),
                Number(s.Close[(int)i]), Number(s.Volume[(int)i])])
            .ToOutput();
    }

    /// <summary>Several series, one row each (a list of series is usually a universe: its shape matters more than its bars).</summary>
    public static DisplayTable SeriesSummary(IReadOnlyList<CandleSeries> series) =>
        new DisplayTable(["series", "bars", "first open (UTC)", "last open (UTC)", "last close"], $"{series.Count} candle series", int.MaxValue)
            .Rows(series.Count, i =>
            {
                var s = series[(int)i];
                return s.IsEmpty
                    ? [$"{s.Exchange} {s.Symbol} {s.Timeframe}", "0", "-", "-", "-"]
                    : [$"{s.Exchange} {s.Symbol} {s.Timeframe}", Count(s.Count), Time(s.FirstOpenTime), TimeMs(s.OpenTimeMs[^1]), Number(s.Close[^1])];
            });

    public static HtmlOutput Features(FeatureFrame f)
    {
        var caption = $"feature frame {f.Series.Symbol} {f.Series.Timeframe}: {f.Rows:N0} rows x {f.Columns.Count} columns (known at each bar's close; NaN = warm-up or missing)";
        var values = f.Values;
        return new DisplayTable(["close time (UTC)", .. f.Columns], caption)
            .Rows(f.Rows, i => [TimeMs(f.Series.CloseTimeMs[(int)i]), .. values.Select(c => Number(c[(int)i]))])
            .ToOutput();
    }

    public static HtmlOutput Quality(DataQualityReport r)
    {
        var summary = QualityTable([r]);
        var reasons = r.Reasons.Count == 0 ? "no issues" : string.Join("; ", r.Reasons);
        var head = $"{r.Exchange} {r.Symbol} {r.Timeframe} as of {Time(r.AsOf)}: score {Number(r.Score)}, {(r.Tradable ? "tradable" : "not tradable")} ({reasons})";
        var gaps = Gaps(r.Gaps);
        return new HtmlOutput($"<p>{System.Net.WebUtility.HtmlEncode(head)}</p>{summary.ToHtml()}{gaps.ToHtml()}",
            $"{head}\n{summary.ToText()}\n\n{gaps.ToText()}");
    }

    public static DisplayTable QualityTable(IEnumerable<DataQualityReport> reports, string? caption = "data quality", int edgeRows = DisplayTable.EdgeRows) =>
        new DisplayTable(["series", "first open (UTC)", "last open (UTC)", "rows", "expected", "gaps", "missing bars", "duplicates", "invalid",
                "return outliers", "range outliers", "score", "tradable"], caption, edgeRows)
            .Rows(reports.Select(r => (IReadOnlyList<string>)[$"{r.Exchange} {r.Symbol} {r.Timeframe}", r.FirstOpen is { } a ? Time(a) : "-",
                r.LastOpen is { } b ? Time(b) : "-", Count(r.Rows), Count(r.ExpectedBars), Count(r.GapCount), Count(r.MissingBars), Count(r.Duplicates),
                Count(r.Invalid), Count(r.ReturnOutliers), Count(r.RangeOutliers), Number(r.Score), r.Tradable ? "yes" : "no"]));

    public static DisplayTable Gaps(IReadOnlyList<CandleGap> gaps) =>
        new DisplayTable(["last bar before (open, UTC)", "first bar after (open, UTC)", "missing bars"], $"{gaps.Count} gaps (left missing, never filled)")
            .Rows(gaps.Count, i => [Time(gaps[(int)i].LastBeforeOpen), Time(gaps[(int)i].FirstAfterOpen), Count(gaps[(int)i].MissingBars)]);

    public static DisplayTable ModelMetrics(IEnumerable<HorizonMetrics> metrics, string? caption = "out-of-sample forecast scores", int edgeRows = DisplayTable.EdgeRows) =>
        new DisplayTable(["horizon", "model", "n", "AUC", "Brier", "log loss", "ECE", "cov80", "cov95", "gate share", "gate hit"], caption, edgeRows)
            .Rows(metrics.Select(m => (IReadOnlyList<string>)[m.Horizon, m.Model, Count(m.N), Number(m.Auc), Number(m.Brier), Number(m.LogLoss),
                Number(m.Ece), Number(m.Coverage80), Number(m.Coverage95), Number(m.GatePassShare), Number(m.GateHitRate)]));

    public static DisplayTable BacktestMetrics(MetricsReport m, string? caption = "backtest metrics") =>
        new DisplayTable(["metric", "value"], caption, int.MaxValue).Rows(new (string, string)[]
        {
            ("initial equity", Number(m.InitialEquity)), ("final equity", Number(m.FinalEquity)), ("total return", Percent(m.TotalReturn)),
            ("buy & hold return", Percent(m.BenchmarkTotalReturn)), ("CAGR", Percent(m.Cagr)), ("volatility", Percent(m.Volatility)),
            ("Sharpe", Number(m.Sharpe)), ("Sortino", Number(m.Sortino)), ("max drawdown", Percent(m.MaxDrawdown)), ("PSR", Number(m.ProbabilisticSharpe)),
            ("DSR", Number(m.DeflatedSharpe)), ("trades", Count(m.Trades)), ("win rate", Percent(m.WinRate)), ("profit factor", Number(m.ProfitFactor)),
            ("exposure", Percent(m.Exposure)), ("fees paid", Number(m.FeesPaid)), ("slippage paid", Number(m.SlippagePaid)),
        }.Select(r => (IReadOnlyList<string>)[r.Item1, r.Item2]));

    public static HtmlOutput Backtest(BacktestResult r)
    {
        var s = r.Settings;
        var head = $"{s.Strategy} on {s.Exchange} {string.Join(",", s.Symbols)} {s.Timeframe}, {Time(s.From)} .. {Time(s.To)}: {r.Trades.Count} round trips, " +
                   $"{r.Fills.Count} fills, order list hash {r.OrderListHash}";
        var metrics = BacktestMetrics(r.Metrics);
        var trades = Trades(r.Trades);
        return new HtmlOutput($"<p>{System.Net.WebUtility.HtmlEncode(head)}</p>{metrics.ToHtml()}{trades.ToHtml()}", $"{head}\n{metrics.ToText()}\n\n{trades.ToText()}");
    }

    public static DisplayTable Trades(IReadOnlyList<RoundTrip> trades) =>
        new DisplayTable(["symbol", "direction", "entry (UTC)", "exit (UTC)", "quantity", "entry price", "exit price", "net pnl", "return"], $"{trades.Count} round trips")
            .Rows(trades.Count, i =>
            {
                var t = trades[(int)i];
                return [t.Symbol.ToString(), t.Direction > 0 ? "long" : "short", Time(t.EntryTime), Time(t.ExitTime), Number(t.Quantity), Number(t.EntryPrice),
                    Number(t.ExitPrice), Number(t.NetPnl), Percent(t.Return)];
            });

    public static DisplayTable Predictions(IReadOnlyList<Prediction> predictions) =>
        new DisplayTable(["as of (UTC)", "symbol", "horizon", "P(up)", "confidence", "expected return", "interval low", "interval high", "level", "model"],
                $"{predictions.Count} predictions")
            .Rows(predictions.Count, i =>
            {
                var p = predictions[(int)i];
                return [Time(p.AsOf), p.Symbol.ToString(), p.Horizon.ToString(), Number(p.ProbabilityUp), Number(p.Confidence), Number(p.ExpectedReturn),
                    Number(p.IntervalLow), Number(p.IntervalHigh), Number(p.IntervalLevel), $"{p.ModelId} {p.ModelVersion}"];
            });
}
