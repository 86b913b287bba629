using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Reporting.Charts;
using CryptoSmartTrader.Reporting.Html;
using Plotly.NET;

namespace CryptoSmartTrader.Research.Reports;

/// <summary>
/// Builds the backtest tearsheet from a result folder (format <c>cst-backtest-result/1</c>: result.json, equity.csv, trades.csv):
/// metrics, equity and drawdown, monthly returns, exposure, trade list, the simulator's settings and costs, and bias-check
/// verdicts when the folder holds a <c>bias.json</c>. Rendered by the same HTML renderer as the notebooks.
/// </summary>
public static class BacktestTearsheet
{
    public const string FormatId = "cst-backtest-result/1";
    private const int MaxTradeRows = 500;

    private static readonly HashSet<string> PercentMetrics = new(StringComparer.OrdinalIgnoreCase)
    {
        "totalReturn", "cagr", "volatility", "maxDrawdown", "winRate", "exposure", "averageGrossExposure", "turnover", "vaR95", "cVaR95",
        "benchmarkTotalReturn", "benchmarkCagr", "benchmarkMaxDrawdown", "expectancy", "averageWin", "averageLoss",
    };

    /// <summary>The tearsheet of a result folder, or why it cannot be built (a missing or malformed file, named).</summary>
    public static bool TryBuild(string directory, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReportDocument? document,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        try
        {
            document = Build(directory);
            error = null;
            return true;
        }
        catch (InvalidDataException e)
        {
            (document, error) = (null, e.Message);
            return false;
        }
    }

    /// <summary>The tearsheet of a result folder; a missing or malformed file throws <see cref="InvalidDataException"/> naming it (see <see cref="TryBuild"/>).</summary>
    public static ReportDocument Build(string directory)
    {
        var resultPath = Path.Combine(directory, "result.json");
        if (!File.Exists(resultPath)) throw new InvalidDataException($"{resultPath}: not found; expected a folder written by cst backtest ({FormatId})");
        var text = File.ReadAllText(resultPath);
        string? format;
        try
        {
            var node = JsonNode.Parse(text) as JsonObject ?? throw new InvalidDataException($"{resultPath}: expected a JSON object");
            format = node["format"] is JsonValue f && f.TryGetValue<string>(out var id) ? id : null;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{resultPath}: not valid JSON ({e.Message})");
        }

        if (format != FormatId) throw new InvalidDataException($"{resultPath}: format is '{format ?? "missing"}', expected '{FormatId}'");
        ResultSummary result;
        try
        {
            result = ResultsWriter.ReadSummary(text);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{resultPath}: not a {FormatId} summary ({e.Message})");
        }

        var settings = result.Settings;
        var equity = CsvTable.Read(Path.Combine(directory, "equity.csv"), "time", "equity", "gross_exposure", "net_exposure");
        if (equity.Rows.Count == 0) throw new InvalidDataException($"{equity.Path}: no rows; the run produced no equity curve");
        var times = equity.Rows.Select((r, i) => equity.Time(r, "time", i)).ToArray();
        var values = equity.Rows.Select((r, i) => equity.Number(r, "equity", i)).ToArray();
        var bench = equity.Rows.Select(r => equity.OptionalNumber(r, "benchmark_equity")).ToArray();
        var trades = CsvTable.Read(Path.Combine(directory, "trades.csv"), "symbol", "direction", "entry_time", "exit_time", "net_pnl", "return");

        var title = $"Backtest: {settings.Strategy} on {settings.Exchange} {string.Join(",", settings.Symbols)} {settings.Timeframe}";
        var cells = new List<ReportCell>
        {
            new MarkdownCell("## Metrics"),
            Html(HtmlTable.From(["metric", "value"], ResultsWriter.ToJsonObject(result.Metrics).Select(m => (IReadOnlyList<string>)[m.Key, Metric(m.Key, m.Value)]))),
            new MarkdownCell("## Equity and drawdown"),
            Chart(EquityChart.Create(times, values, bench.All(b => b is not null) ? [.. bench.Select(b => b!.Value)] : null)),
            new MarkdownCell("## Monthly returns"),
            Chart(MonthlyReturnsHeatmap.Create(times, values)),
            new MarkdownCell("## Exposure\nGross and net exposure as a fraction of equity."),
            Chart(Exposure(equity, times, values)),
            new MarkdownCell($"## Trades\n{trades.Rows.Count} round trips" + (trades.Rows.Count > MaxTradeRows ? $" (first {MaxTradeRows} shown; all in trades.csv)." : ".")),
            Html(HtmlTable.From(["symbol", "direction", "entry", "exit", "net pnl", "return"],
                trades.Rows.Take(MaxTradeRows).Select(r => (IReadOnlyList<string>)[trades.Text(r, "symbol"), trades.Text(r, "direction"),
                    trades.Text(r, "entry_time"), trades.Text(r, "exit_time"), trades.Text(r, "net_pnl"), Percent(trades.OptionalNumber(r, "return"))]))),
            new MarkdownCell("## Simulator assumptions"),
            Html(HtmlTable.From(["setting", "value"], Flatten(ResultsWriter.ToJsonObject(settings)).Select(kv => (IReadOnlyList<string>)[kv.Key, kv.Value]))),
            new MarkdownCell("## Drawdown ladder\nLevel changes and releases by the recovery policy (settings.risk above says which policy ran)."),
            Html(HtmlTable.From(["time", "release"], Releases(result.Ladder))),
            new MarkdownCell("## Bias checks"),
            BiasChecks(directory),
        };
        var metadata = new RunMetadata
        {
            Source = directory,
            DataRanges = TryRange(settings, times),
            Parameters = [KeyValuePair.Create("order list hash", result.OrderListHash)],
        };
        return new ReportDocument(title, cells, metadata);
    }

    private static IEnumerable<IReadOnlyList<string>> Releases(ResultSummaryLadder? ladder)
    {
        var releases = (ladder?.Releases ?? []).Select(r => (IReadOnlyList<string>)[r.Time, r.Details ?? ""]).ToList();
        if (releases.Count == 0) releases.Add(["-", $"no release ({ladder?.LevelChanges.ToString(CultureInfo.InvariantCulture) ?? "n/a"} level changes)"]);
        // A run that ended reduce-only or halted stopped trading new exposure there: the last row says so.
        if (ladder?.HeldToEnd is { } held) releases.Add([held.Since, held.Summary]);
        return releases;
    }

    private static GenericChart Exposure(CsvTable equity, DateTimeOffset[] times, double[] values) =>
        ExposureChart.Create(times, equity.Rows.Select((r, i) => equity.Number(r, "gross_exposure", i) / values[i]).ToArray(),
            equity.Rows.Select((r, i) => equity.Number(r, "net_exposure", i) / values[i]).ToArray());

    private static CodeCell BiasChecks(string directory)
    {
        var path = Path.Combine(directory, "bias.json");
        return File.Exists(path)
            ? new CodeCell("bias.json", [new TextOutput(JsonNode.Parse(File.ReadAllText(path))!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }))], Language: "json")
            : new CodeCell("bias.json", [new TextOutput("No bias checks recorded in this result folder (bias.json is absent).")], Language: "json");
    }

    private static List<ReportDataRange> TryRange(ResultSummarySettings settings, DateTimeOffset[] times)
    {
        var desc = $"{settings.Exchange} {string.Join(",", settings.Symbols)} {settings.Timeframe}";
        return [new ReportDataRange(desc, times[0], times[^1])];
    }

    private static IEnumerable<KeyValuePair<string, string>> Flatten(JsonObject o, string prefix = "")
    {
        foreach (var (key, value) in o)
        {
            var name = prefix.Length == 0 ? key : $"{prefix}.{key}";
            if (value is JsonObject child)
            {
                foreach (var kv in Flatten(child, name)) yield return kv;
            }
            else
            {
                yield return KeyValuePair.Create(name, value is JsonArray a ? string.Join(", ", a.Select(x => x?.ToString())) : value?.ToString() ?? "");
            }
        }
    }

    private static string Metric(string key, JsonNode? value)
    {
        if (value is not JsonValue v || !v.TryGetValue<double>(out var d)) return value?.ToString() ?? "n/a";
        return PercentMetrics.Contains(key) ? Percent(d) : d.ToString("0.####", CultureInfo.InvariantCulture);
    }

    private static string Percent(double? d) => d is { } x ? (x * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%" : "";

    private static CodeCell Html(HtmlContent html) => new(string.Empty, [new HtmlOutput(html.Html)]);

    private static CodeCell Chart(GenericChart chart) => new(string.Empty, [new ChartOutput(chart)]);
}
