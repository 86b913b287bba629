using System.Globalization;
using System.Net;
using System.Text;
using CryptoSmartTrader.Backtesting.Sweeps;
using CryptoSmartTrader.Reporting.Charts;
using CryptoSmartTrader.Reporting.Html;
using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Chart = Plotly.NET.CSharp.Chart;

namespace CryptoSmartTrader.Research.Session;

/// <summary>
/// The sweep's report: its selection statistics first (the best cell is never shown without its Deflated Sharpe and
/// PBO), a heatmap of a metric over two swept parameters (averaged over any others), and the cells ranked by Sharpe.
/// Every chart of the sweep is built here, so a change of chart library touches this file only.
/// </summary>
public static class SweepReport
{
    /// <summary>
    /// <paramref name="metric"/> (see <see cref="SweepMetrics"/>) over parameters <paramref name="x"/> × <paramref name="y"/>
    /// (default: the first two swept); cells sharing an (x, y) pair are averaged; with one parameter the map has one row.
    /// </summary>
    public static GenericChart Heatmap(SweepResult result, string metric = "sharpe", string? x = null, string? y = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var value = SweepMetrics.Get(metric);
        var names = result.Parameters;
        x ??= names[0];
        y ??= names.Count > 1 ? names[1] : null;
        var xi = Index(names, x);
        var yi = y is null ? -1 : Index(names, y);
        var ok = result.Cells.Where(c => c.Ok).ToArray();
        var xs = ok.Select(c => c.Cell.Values[xi]).Distinct().Order().ToArray();
        var ys = yi < 0 ? [0.0] : ok.Select(c => c.Cell.Values[yi]).Distinct().Order().ToArray();
        var rows = ys.Select(yv => xs.Select(xv =>
        {
            var vals = ok.Where(c => c.Cell.Values[xi] == xv && (yi < 0 || c.Cell.Values[yi] == yv)).Select(value).Where(double.IsFinite).ToArray();
            return vals.Length == 0 ? double.NaN : vals.Average();
        }).ToArray()).ToArray();
        var text = rows.Select(r => r.Select(v => double.IsFinite(v) ? v.ToString("0.###", CultureInfo.InvariantCulture) : "").ToArray()).ToArray();
        var title = names.Count > 2 ? $"{metric} by {x} × {y} (mean over {string.Join(", ", names.Where(n => n != x && n != y))})" : $"{metric} by {x}" + (y is null ? "" : $" × {y}");
        var z = rows.Select(r => r.Select(v => double.IsFinite(v) ? v : (double?)null).ToArray()).ToArray();
        var chart = Chart.Heatmap<double, string, string, string>(rows.Select(r => r.Select(v => double.IsFinite(v) ? v : 0)), X: xs.Select(L).ToArray(),
            Y: ys.Select(v => yi < 0 ? metric : L(v)).ToArray(), Name: metric);
        // Empty cells (no valid cell there) must be gaps: plotly reads null as a gap, while the typed heatmap takes no nullable numbers.
        chart = GenericChart.mapTrace(FuncConvert.FromFunc<Trace, Trace>(t =>
        {
            t.SetProperty("z", z);
            t.SetProperty("colorscale", "RdYlGn");
            t.SetProperty("reversescale", metric is "max_drawdown" or "volatility" or "fees");
            t.SetProperty("text", text);
            t.SetProperty("texttemplate", "%{text}");
            t.SetProperty("hoverongaps", false);
            return t;
        }), chart);
        var layout = new Layout();
        layout.SetProperty("xaxis", new Dictionary<string, object> { ["type"] = "category", ["title"] = new Dictionary<string, object> { ["text"] = x } });
        layout.SetProperty("yaxis", new Dictionary<string, object> { ["type"] = "category", ["title"] = new Dictionary<string, object> { ["text"] = y ?? "" } });
        layout.SetProperty("hovermode", "closest");
        layout.SetProperty("height", Math.Max(300, 140 + 30 * ys.Length));
        layout.SetProperty("title", new Dictionary<string, object> { ["text"] = title });
        return Plotly.NET.Chart.withLayout(layout).Invoke(chart);
    }

    /// <summary>The whole report as one document (summary, heatmaps of Sharpe and total return, ranked cells).</summary>
    public static ReportDocument Document(SweepResult result, string title = "Parameter sweep", IReadOnlyList<KeyValuePair<string, string>>? settings = null,
        int topCells = 25)
    {
        ArgumentNullException.ThrowIfNull(result);
        var cells = new List<ReportCell> { new MarkdownCell(Summary(result)) };
        if (result.Cells.Any(c => c.Ok))
        {
            cells.Add(new MarkdownCell("## Heatmaps"));
            cells.Add(new CodeCell("", [new ChartOutput(Heatmap(result, "sharpe")), new ChartOutput(Heatmap(result, "total_return")),
                new ChartOutput(Heatmap(result, "max_drawdown"))]));
        }

        cells.Add(new MarkdownCell("## Cells by Sharpe"));
        cells.Add(new CodeCell("", [new HtmlOutput(Table(result, topCells).Html)]));
        return new ReportDocument(title, cells, new RunMetadata { Duration = result.Elapsed, Parameters = settings ?? [] });
    }

    public static Task WriteAsync(SweepResult result, string path, string title = "Parameter sweep", IReadOnlyList<KeyValuePair<string, string>>? settings = null,
        CancellationToken cancellationToken = default) =>
        HtmlReportRenderer.WriteAsync(Document(result, title, settings), path, cancellationToken);

    private static string Summary(SweepResult r)
    {
        var sb = new StringBuilder("## Selection\n\n");
        var failed = r.Cells.Count(c => !c.Ok);
        sb.Append(CultureInfo.InvariantCulture, $"{r.Cells.Count} cells ({r.Trials} ran{(failed > 0 ? $", {failed} invalid" : "")}) over ")
            .Append(string.Join(", ", r.Parameters.Select(p => $"`{p}`")))
            .Append(CultureInfo.InvariantCulture, $"; {r.Steps:N0} trading steps and {r.BarsPerCell:N0} bars per cell; {r.Elapsed.TotalSeconds:0.00} s.\n\n");
        if (r.BestCell is not { } best)
        {
            return sb.Append("No cell produced a Sharpe ratio.\n").ToString();
        }

        sb.Append(CultureInfo.InvariantCulture, $"- Best cell by Sharpe: **{WebUtility.HtmlEncode(best.Cell.Label)}** (cell {best.Cell.Index}): Sharpe {F(best.Sharpe)}, ")
            .Append(CultureInfo.InvariantCulture, $"total return {P(best.TotalReturn)}, max drawdown {P(best.MaxDrawdown)}, {best.Trades} trades.\n")
            .Append(CultureInfo.InvariantCulture, $"- Deflated Sharpe ratio of the best cell: **{F(best.DeflatedSharpe)}** (probability that its true Sharpe is above ")
            .Append(CultureInfo.InvariantCulture, $"the best of {r.Trials} unskilled trials; PSR against zero {F(best.ProbabilisticSharpe)}).\n")
            .Append(r.Pbo is { } pbo
                ? string.Create(CultureInfo.InvariantCulture, $"- Probability of backtest overfitting (CSCV, {pbo.Combinations:N0} splits): **{P(pbo.Probability)}** — how often the in-sample best cell ranks below the median out of sample.\n")
                : "- Probability of backtest overfitting: not measured (fewer than two cells, or too few bars for the blocks).\n")
            .Append("\nA best cell picked from many is optimistic by construction: read its Sharpe together with the two lines above.\n");
        return sb.ToString();
    }

    private static HtmlContent Table(SweepResult r, int top)
    {
        var headers = new List<string> { "cell" };
        headers.AddRange(r.Parameters);
        headers.AddRange(["sharpe", "dsr", "total return", "max dd", "trades", "win rate", "error"]);
        var rows = r.Cells.OrderByDescending(c => c.Ok && double.IsFinite(c.Sharpe) ? c.Sharpe : double.NegativeInfinity).ThenBy(c => c.Cell.Index).Take(top)
            .Select(c => (IReadOnlyList<string>)[c.Cell.Index.ToString(CultureInfo.InvariantCulture), .. c.Cell.Values.Select(L),
                F(c.Sharpe), F(c.DeflatedSharpe), P(c.TotalReturn), P(c.MaxDrawdown), c.Ok ? c.Trades.ToString(CultureInfo.InvariantCulture) : "", P(c.WinRate), c.Error ?? ""]);
        return HtmlTable.From(headers, rows, r.Cells.Count > top ? $"top {top} of {r.Cells.Count} cells (all in cells.csv)" : null);
    }

    private static int Index(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++) if (names[i] == name) return i;
        throw new ArgumentException($"sweep heatmap: '{name}' is not a swept parameter (swept: {string.Join(", ", names)})", nameof(name));
    }

    private static string L(double v) => v.ToString("G10", CultureInfo.InvariantCulture);
    private static string F(double v) => double.IsFinite(v) ? v.ToString("0.###", CultureInfo.InvariantCulture) : "-";
    private static string P(double v) => double.IsFinite(v) ? v.ToString("P2", CultureInfo.InvariantCulture) : "-";
}
