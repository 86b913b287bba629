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

    public static Task WriteAsync(BacktestResult result, string directory, CancellationToken cancellationToken = default) =>
        WriteAsync(result, directory, ResultFiles.All, cancellationToken);

    /// <summary>
    /// Writes result.json and the CSV files in <paramref name="files"/> (all by default; a sweep or a quick check may want
    /// none). The CSV files are written concurrently, each streamed row by row.
    /// </summary>
    public static async Task WriteAsync(BacktestResult result, string directory, ResultFiles files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(directory);
        var tasks = new List<Task> { File.WriteAllTextAsync(Path.Combine(directory, "result.json"), ToJson(result), cancellationToken) };
        foreach (var (file, name, write) in Csvs)
        {
            if (!files.HasFlag(file)) continue;
            var path = Path.Combine(directory, name);
            tasks.Add(Task.Run(() =>
            {
                using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
                write(result, w);
            }, cancellationToken));
        }

        await Task.WhenAll(tasks);
    }

    private static readonly (ResultFiles File, string Name, Action<BacktestResult, TextWriter> Write)[] Csvs =
    [
        (ResultFiles.Equity, "equity.csv", WriteEquity),
        (ResultFiles.Trades, "trades.csv", WriteTrades),
        (ResultFiles.Orders, "orders.csv", WriteOrders),
        (ResultFiles.Fills, "fills.csv", WriteFills),
        (ResultFiles.Decisions, "decisions.csv", WriteDecisions),
    ];

    /// <summary>The summary written to result.json (also what <c>cst backtest --json</c> prints).</summary>
    public static ResultSummary Summary(BacktestResult r, string? directory = null) => new()
    {
        Format = FormatId,
        Directory = directory,
        Settings = new ResultSummarySettings
        {
            Strategy = r.Settings.Strategy,
            Exchange = r.Settings.Exchange.Id,
            Symbols = r.Settings.Symbols.Select(s => s.ToString()).ToArray(),
            Timeframe = r.Settings.Timeframe.Code,
            From = Time(r.Settings.From),
            To = Time(r.Settings.To),
            InitialCash = r.Settings.InitialCash,
            AccountCurrency = r.Settings.AccountCurrency,
            WarmupBars = r.Settings.WarmupBars,
            WalkForward = r.Settings.WalkForward,
            Costs = r.Settings.Costs,
            Risk = r.Settings.Risk,
        },
        Metrics = r.Metrics,
        OrderListHash = r.OrderListHash,
        Counts = new ResultSummaryCounts(r.Bars, r.Steps, r.WarmupSteps, r.Orders.Count, r.Fills.Count, r.Trades.Count, r.Decisions.Count, r.Equity.Count),
        Ladder = new ResultSummaryLadder(
            r.Decisions.Count(d => d.Reason == Trading.Kernel.ReasonCode.LadderLevelChanged),
            r.Decisions.Where(d => d.Reason == Trading.Kernel.ReasonCode.LadderReleased).Select(d => new ResultSummaryRelease(Time(d.Time), d.Details)).ToArray(),
            LadderOutcome.HeldToEnd(r) is { } held ? new ResultSummaryHeld(Time(held.Since), held.Level, held.Recovery, held.Describe()) : null),
        Windows = r.Windows.Select(w => new ResultSummaryWindow(w.Index, Time(w.TrainFrom), Time(w.TrainTo), Time(w.TestTo),
            r.WindowTraining.Where(t => t.Window == w.Index)
                .Select(t => new ResultSummaryTraining(t.Model, Time(t.FirstSample), Time(t.LastSample), Time(t.LabelsEnd)))
                .FirstOrDefault())).ToArray(),
        Warnings = r.Warnings,
    };

    /// <summary>A part of the summary as the file spells it (field names and values), for readers that list every field.</summary>
    public static System.Text.Json.Nodes.JsonObject ToJsonObject<T>(T value) => JsonSerializer.SerializeToNode(value, Json)!.AsObject();

    /// <summary>Reads result.json back as written; a file of another format or with a required field missing is refused.</summary>
    public static ResultSummary ReadSummary(string json) =>
        JsonSerializer.Deserialize<ResultSummary>(json, Json) ?? throw new JsonException("expected a JSON object, got null");

    public static string ToJson(BacktestResult r, string? directory = null) => JsonSerializer.Serialize(Summary(r, directory), Json);

    public static string EquityCsv(BacktestResult r) => ToText(r, WriteEquity);

    public static string TradesCsv(BacktestResult r) => ToText(r, WriteTrades);

    public static string OrdersCsv(BacktestResult r) => ToText(r, WriteOrders);

    public static string FillsCsv(BacktestResult r) => ToText(r, WriteFills);

    public static string DecisionsCsv(BacktestResult r) => ToText(r, WriteDecisions);

    private static string ToText(BacktestResult r, Action<BacktestResult, TextWriter> write)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        write(r, w);
        return w.ToString();
    }

    private static void WriteEquity(BacktestResult r, TextWriter w)
    {
        w.Write("time,equity,gross_exposure,net_exposure,drawdown,benchmark_equity\n");
        var row = new CsvRowWriter(w);
        var peak = decimal.MinValue;
        var bench = r.Benchmark.Count == r.Equity.Count ? r.Benchmark : null;
        for (var i = 0; i < r.Equity.Count; i++)
        {
            var p = r.Equity[i];
            peak = Math.Max(peak, p.Equity);
            var dd = peak <= 0 ? 0 : 1 - (double)(p.Equity / peak);
            row.Cell(p.Time);
            row.Cell(p.Equity);
            row.Cell(p.GrossExposure);
            row.Cell(p.NetExposure);
            row.Cell(dd);
            if (bench is null) row.Cell((string?)null);
            else row.Cell(bench[i].Equity);
            row.EndRow();
        }
    }

    private static void WriteTrades(BacktestResult r, TextWriter w)
    {
        w.Write("symbol,direction,entry_time,exit_time,quantity,entry_price,exit_price,gross_pnl,fees,net_pnl,return,fills\n");
        var row = new CsvRowWriter(w);
        foreach (var t in r.Trades)
        {
            row.Cell(t.Symbol.ToString());
            row.Cell(t.Direction > 0 ? "long" : "short");
            row.Cell(t.EntryTime);
            row.Cell(t.ExitTime);
            row.Cell(t.Quantity);
            row.Cell(t.EntryPrice);
            row.Cell(t.ExitPrice);
            row.Cell(t.GrossPnl);
            row.Cell(t.Fees);
            row.Cell(t.NetPnl);
            row.Cell(t.Return);
            row.Cell(t.FillCount);
            row.EndRow();
        }
    }

    private static void WriteOrders(BacktestResult r, TextWriter w)
    {
        w.Write("time,client_order_id,symbol,side,type,quantity,limit_price,stop_price,time_in_force,post_only,reduce_only,tag\n");
        var row = new CsvRowWriter(w);
        foreach (var o in r.Orders)
        {
            var q = o.Request;
            row.Cell(o.Time);
            row.Cell(q.ClientOrderId);
            row.Cell(q.Symbol.ToString());
            row.Cell(q.Side.ToString());
            row.Cell(q.Type.ToString());
            row.Cell(q.Quantity);
            if (q.LimitPrice is { } l) row.Cell(l);
            else row.Cell((string?)null);
            if (q.StopPrice is { } s) row.Cell(s);
            else row.Cell((string?)null);
            row.Cell(q.TimeInForce.ToString());
            row.Cell(q.PostOnly ? "1" : "0");
            row.Cell(q.ReduceOnly ? "1" : "0");
            row.Cell(q.Tag);
            row.EndRow();
        }
    }

    private static void WriteFills(BacktestResult r, TextWriter w)
    {
        w.Write("time,client_order_id,symbol,side,quantity,price,fee,fee_asset,fee_value,reference_price,slippage,maker\n");
        var row = new CsvRowWriter(w);
        foreach (var f in r.Fills)
        {
            var x = f.Fill;
            row.Cell(x.Time);
            row.Cell(x.ClientOrderId);
            row.Cell(x.Symbol.ToString());
            row.Cell(x.Side.ToString());
            row.Cell(x.Quantity);
            row.Cell(x.Price);
            row.Cell(x.Fee);
            row.Cell(x.FeeAsset);
            row.Cell(f.FeeValue);
            row.Cell(f.ReferencePrice);
            row.Cell(f.Slippage);
            row.Cell(x.IsMaker ? "1" : "0");
            row.EndRow();
        }
    }

    private static void WriteDecisions(BacktestResult r, TextWriter w)
    {
        w.Write("time,symbol,action,reason,quantity,price,client_order_id,details\n");
        var row = new CsvRowWriter(w);
        foreach (var d in r.Decisions)
        {
            row.Cell(d.Time);
            row.Cell(d.Symbol.Base is null ? "" : d.Symbol.ToString());
            row.Cell(d.Action.ToString());
            row.Cell(d.Reason.ToString());
            row.Cell(d.Quantity);
            row.Cell(d.Price);
            row.Cell(d.ClientOrderId);
            row.Cell(d.Details);
            row.EndRow();
        }
    }

    internal static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
