using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using Deedle;

namespace CryptoSmartTrader.Research.Session;

/// <summary>
/// Deedle views of research data (<c>session.Frames</c>), for joins, resampling and rolling statistics in a notebook. Bar frames are keyed by the bar's
/// <b>close time</b> (UTC <see cref="DateTime"/>): the instant its values are known, so a join with predictions (keyed by their as-of
/// close) or equity (valued at bar closes) never pairs a value with an earlier row. NaN is Deedle's missing value: warm-up and
/// gaps stay missing, never filled. Frames are copies in <see cref="double"/> for analysis; the library's results keep their decimals.
/// Stateless: a notebook reaches it through its session, a test may make one.
/// </summary>
public sealed class ResearchFrames
{
    /// <summary>Candles as a frame keyed by close time: <c>open_time, open, high, low, close, volume</c>.</summary>
    public Frame<DateTime, string> CandleFrame(CandleSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var keys = Utc(series.CloseTimeMs);
        var frame = Frame.FromColumns(new Dictionary<string, Series<DateTime, double>>
        {
            ["open"] = new(keys, series.Open.ToArray()),
            ["high"] = new(keys, series.High.ToArray()),
            ["low"] = new(keys, series.Low.ToArray()),
            ["close"] = new(keys, series.Close.ToArray()),
            ["volume"] = new(keys, series.Volume.ToArray()),
        });
        frame.AddColumn("open_time", new Series<DateTime, DateTime>(keys, Utc(series.OpenTimeMs)));
        return frame.Columns[["open_time", "open", "high", "low", "close", "volume"]];
    }

    /// <summary>Feature columns as a frame keyed by the close time of their bar (NaN = warm-up or missing).</summary>
    public Frame<DateTime, string> FeaturesFrame(FeatureFrame features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var keys = Utc(features.Series.CloseTimeMs);
        var columns = new Dictionary<string, Series<DateTime, double>>(StringComparer.Ordinal);
        for (var c = 0; c < features.Columns.Count; c++)
        {
            columns[features.Columns[c]] = new Series<DateTime, double>(keys, features.Values[c]);
        }

        return Frame.FromColumns(columns).Columns[[.. features.Columns]];
    }

    /// <summary>Predictions, one row each (several symbols share an as-of time), with their as-of close, symbol and horizon as columns.</summary>
    public Frame<int, string> PredictionsFrame(IEnumerable<Prediction> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        return Frame.FromRecords(predictions.Select(p => new PredictionRow(p.AsOf.UtcDateTime, p.Symbol.ToString(), p.Horizon.ToString(), p.ProbabilityUp,
            p.Confidence, p.ExpectedReturn, p.IntervalLow, p.IntervalHigh, p.IntervalLevel, p.ModelId, p.ModelVersion)));
    }

    /// <summary>Round trips, one row each: entry/exit times, direction (+1 long, −1 short), prices, PnL and return.</summary>
    public Frame<int, string> TradesFrame(BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Frame.FromRecords(result.Trades.Select(t => new TradeRow(t.Symbol.ToString(), t.Direction, t.EntryTime.UtcDateTime, t.ExitTime.UtcDateTime,
            (double)t.Quantity, (double)t.EntryPrice, (double)t.ExitPrice, (double)t.GrossPnl, (double)t.Fees, (double)t.NetPnl, t.Return, t.Duration.TotalHours)));
    }

    /// <summary>Equity at each bar close as a series.</summary>
    public Series<DateTime, double> EquitySeries(BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new Series<DateTime, double>(result.Equity.Select(p => p.Time.UtcDateTime), result.Equity.Select(p => (double)p.Equity));
    }

    /// <summary>Equity, exposures and drawdown at each bar close, with buy-and-hold when the run has it for every bar.</summary>
    public Frame<DateTime, string> EquityFrame(BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var keys = result.Equity.Select(p => p.Time.UtcDateTime).ToArray();
        var equity = result.Equity.Select(p => (double)p.Equity).ToArray();
        var columns = new Dictionary<string, Series<DateTime, double>>
        {
            ["equity"] = new(keys, equity),
            ["gross_exposure"] = new(keys, result.Equity.Select(p => (double)p.GrossExposure).ToArray()),
            ["net_exposure"] = new(keys, result.Equity.Select(p => (double)p.NetExposure).ToArray()),
            ["drawdown"] = new(keys, Reporting.Charts.Drawdown.Compute(equity)),
        };
        var order = new List<string> { "equity", "gross_exposure", "net_exposure", "drawdown" };
        if (result.Benchmark.Count == result.Equity.Count && result.Benchmark.Count > 0)
        {
            columns["benchmark"] = new(keys, result.Benchmark.Select(p => (double)p.Equity).ToArray());
            order.Add("benchmark");
        }

        return Frame.FromColumns(columns).Columns[[.. order]];
    }

    private static DateTime[] Utc(ReadOnlySpan<long> ms)
    {
        var result = new DateTime[ms.Length];
        for (var i = 0; i < ms.Length; i++)
        {
            result[i] = DateTimeOffset.FromUnixTimeMilliseconds(ms[i]).UtcDateTime;
        }

        return result;
    }

    /// <summary>A prediction as a frame row (column names are these property names).</summary>
    public sealed record PredictionRow(DateTime AsOf, string Symbol, string Horizon, double ProbabilityUp, double Confidence, double ExpectedReturn,
        double IntervalLow, double IntervalHigh, double IntervalLevel, string ModelId, string ModelVersion);

    /// <summary>A round trip as a frame row (column names are these property names).</summary>
    public sealed record TradeRow(string Symbol, int Direction, DateTime EntryTime, DateTime ExitTime, double Quantity, double EntryPrice, double ExitPrice,
        double GrossPnl, double Fees, double NetPnl, double Return, double DurationHours);
}
