using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CryptoSmartTrader.Backtesting.Engine;

namespace CryptoSmartTrader.Backtesting.Results;

/// <summary>
/// Writes a run to a folder in the stable format described in docs/backtest-results.md (format id
/// <see cref="FormatId"/>): <c>result.json</c> (settings, metrics, order-list hash, counts, walk-forward windows),
/// <c>equity.csv</c>, <c>trades.csv</c>, <c>orders.csv</c>, <c>fills.csv</c> and <c>decisions.csv</c>. CSV files are
/// comma separated with a header row, invariant culture, times ISO-8601 UTC, empty cells for absent values.
/// </summary>
public static class ResultsWriter
{
    public const string FormatId = "cst-backtest-result/1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static async Task WriteAsync(BacktestResult result, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "result.json"), ToJson(result), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, "equity.csv"), EquityCsv(result), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, "trades.csv"), TradesCsv(result), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, "orders.csv"), OrdersCsv(result), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, "fills.csv"), FillsCsv(result), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, "decisions.csv"), DecisionsCsv(result), cancellationToken);
    }

    /// <summary>The summary object written to result.json (also what <c>cst backtest --json</c> prints).</summary>
    public static object Summary(BacktestResult r, string? directory = null) => new
    {
        format = FormatId,
        directory,
        settings = new
        {
            strategy = r.Settings.Strategy,
            exchange = r.Settings.Exchange.Id,
            symbols = r.Settings.Symbols.Select(s => s.ToString()).ToArray(),
            timeframe = r.Settings.Timeframe.Code,
            from = Time(r.Settings.From),
            to = Time(r.Settings.To),
            initialCash = r.Settings.InitialCash,
            accountCurrency = r.Settings.AccountCurrency,
            warmupBars = r.Settings.WarmupBars,
            walkForward = r.Settings.WalkForward,
            costs = r.Settings.Costs,
            risk = r.Settings.Risk,
        },
        metrics = r.Metrics,
        orderListHash = r.OrderListHash,
        counts = new
        {
            bars = r.Bars,
            steps = r.Steps,
            warmupSteps = r.WarmupSteps,
            orders = r.Orders.Count,
            fills = r.Fills.Count,
            trades = r.Trades.Count,
            decisions = r.Decisions.Count,
            equityPoints = r.Equity.Count,
        },
        ladder = new
        {
            levelChanges = r.Decisions.Count(d => d.Reason == Trading.Kernel.ReasonCode.LadderLevelChanged),
            releases = r.Decisions.Where(d => d.Reason == Trading.Kernel.ReasonCode.LadderReleased).Select(d => new { time = Time(d.Time), details = d.Details }).ToArray(),
        },
        windows = r.Windows.Select(w => new
        {
            index = w.Index,
            trainFrom = Time(w.TrainFrom),
            trainTo = Time(w.TrainTo),
            testTo = Time(w.TestTo),
            training = r.WindowTraining.Where(t => t.Window == w.Index).Select(t => new
            {
                model = t.Model,
                firstSample = Time(t.FirstSample),
                lastSample = Time(t.LastSample),
                labelsEnd = Time(t.LabelsEnd),
            }).FirstOrDefault(),
        }).ToArray(),
    };

    public static string ToJson(BacktestResult r, string? directory = null) => JsonSerializer.Serialize(Summary(r, directory), Json);

    public static string EquityCsv(BacktestResult r)
    {
        var sb = new StringBuilder("time,equity,gross_exposure,net_exposure,drawdown,benchmark_equity\n");
        var peak = decimal.MinValue;
        var bench = r.Benchmark.Count == r.Equity.Count ? r.Benchmark : null;
        for (var i = 0; i < r.Equity.Count; i++)
        {
            var p = r.Equity[i];
            peak = Math.Max(peak, p.Equity);
            var dd = peak <= 0 ? 0 : 1 - (double)(p.Equity / peak);
            Row(sb, Time(p.Time), D(p.Equity), D(p.GrossExposure), D(p.NetExposure), F(dd), bench is null ? "" : D(bench[i].Equity));
        }

        return sb.ToString();
    }

    public static string TradesCsv(BacktestResult r)
    {
        var sb = new StringBuilder("symbol,direction,entry_time,exit_time,quantity,entry_price,exit_price,gross_pnl,fees,net_pnl,return,fills\n");
        foreach (var t in r.Trades)
        {
            Row(sb, t.Symbol.ToString(), t.Direction > 0 ? "long" : "short", Time(t.EntryTime), Time(t.ExitTime), D(t.Quantity), D(t.EntryPrice),
                D(t.ExitPrice), D(t.GrossPnl), D(t.Fees), D(t.NetPnl), F(t.Return), t.FillCount.ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    public static string OrdersCsv(BacktestResult r)
    {
        var sb = new StringBuilder("time,client_order_id,symbol,side,type,quantity,limit_price,stop_price,time_in_force,post_only,reduce_only,tag\n");
        foreach (var o in r.Orders)
        {
            var q = o.Request;
            Row(sb, Time(o.Time), q.ClientOrderId, q.Symbol.ToString(), q.Side.ToString(), q.Type.ToString(), D(q.Quantity),
                q.LimitPrice is { } l ? D(l) : "", q.StopPrice is { } s ? D(s) : "", q.TimeInForce.ToString(), q.PostOnly ? "1" : "0",
                q.ReduceOnly ? "1" : "0", q.Tag ?? "");
        }

        return sb.ToString();
    }

    public static string FillsCsv(BacktestResult r)
    {
        var sb = new StringBuilder("time,client_order_id,symbol,side,quantity,price,fee,fee_asset,fee_value,reference_price,slippage,maker\n");
        foreach (var f in r.Fills)
        {
            var x = f.Fill;
            Row(sb, Time(x.Time), x.ClientOrderId, x.Symbol.ToString(), x.Side.ToString(), D(x.Quantity), D(x.Price), D(x.Fee), x.FeeAsset,
                D(f.FeeValue), D(f.ReferencePrice), D(f.Slippage), x.IsMaker ? "1" : "0");
        }

        return sb.ToString();
    }

    public static string DecisionsCsv(BacktestResult r)
    {
        var sb = new StringBuilder("time,symbol,action,reason,quantity,price,client_order_id,details\n");
        foreach (var d in r.Decisions)
        {
            Row(sb, Time(d.Time), d.Symbol.Base is null ? "" : d.Symbol.ToString(), d.Action.ToString(), d.Reason.ToString(), F(d.Quantity),
                F(d.Price), d.ClientOrderId ?? "", d.Details ?? "");
        }

        return sb.ToString();
    }

    internal static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string D(decimal d) => OrderListHash.D(d);

    private static string F(double d) => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "";

    private static void Row(StringBuilder sb, params string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) sb.Append(',');
            var c = cells[i];
            if (c.AsSpan().IndexOfAny(",\"\n\r") >= 0)
            {
                sb.Append('"').Append(c.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                sb.Append(c);
            }
        }

        sb.Append('\n');
    }
}
