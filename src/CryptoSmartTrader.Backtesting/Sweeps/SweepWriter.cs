using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Backtesting.Sweeps;

/// <summary>
/// Writes a sweep: <c>cells.csv</c> (one row per cell: index, parameters, every metric of <see cref="SweepMetrics"/>,
/// order-list hash, error), <c>sweep.json</c> (format <see cref="FormatId"/>: the same cells plus the selection
/// statistics) and, when the cells kept it, <c>equity.csv</c> (time of each trading step × cell). Invariant culture, empty cells for
/// undefined values.
/// </summary>
public static class SweepWriter
{
    public const string FormatId = "cst-sweep-result/1";

    public static async Task WriteAsync(SweepResult result, string directory, JsonObject? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "cells.csv"), CellsCsv(result), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, "sweep.json"), Json(result, settings).ToJsonString(new JsonSerializerOptions { WriteIndented = true }),
            cancellationToken);
        if (result.Cells.Any(c => c.Equity is not null)) await WriteEquityAsync(result, Path.Combine(directory, "equity.csv"), cancellationToken);
    }

    public static string CellsCsv(SweepResult r)
    {
        var sb = new StringBuilder("cell,").Append(string.Join(',', r.Parameters)).Append(',')
            .Append(string.Join(',', SweepMetrics.All.Select(m => m.Name))).Append(",order_list_hash,error\n");
        foreach (var c in r.Cells)
        {
            sb.Append(c.Cell.Index.ToString(CultureInfo.InvariantCulture));
            foreach (var v in c.Cell.Values) sb.Append(',').Append(F(v));
            foreach (var (_, f) in SweepMetrics.All) sb.Append(',').Append(c.Ok ? F(f(c)) : "");
            sb.Append(',').Append(c.OrderListHash).Append(',');
            if (c.Error is { } e) sb.Append('"').Append(e.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The summary: selection statistics, the best cell and every cell's parameters and metrics.</summary>
    public static JsonObject Json(SweepResult r, JsonObject? settings = null)
    {
        var best = r.BestCell;
        return new JsonObject
        {
            ["format"] = FormatId,
            ["settings"] = settings?.DeepClone(),
            ["parameters"] = new JsonArray([.. r.Parameters.Select(p => (JsonNode?)p)]),
            ["cells"] = r.Cells.Count,
            ["trials"] = r.Trials,
            ["stepsPerCell"] = r.Steps,
            ["barsPerCell"] = r.BarsPerCell,
            ["elapsedSeconds"] = Math.Round(r.Elapsed.TotalSeconds, 3),
            ["barCellsPerSecond"] = r.Elapsed > TimeSpan.Zero ? Math.Round(r.BarsPerCell * (double)r.Cells.Count / r.Elapsed.TotalSeconds) : null,
            ["selection"] = new JsonObject
            {
                ["bestCell"] = best?.Cell.Index,
                ["bestLabel"] = best?.Cell.Label,
                ["bestSharpe"] = N(best?.Sharpe),
                ["bestDeflatedSharpe"] = N(best?.DeflatedSharpe),
                ["bestProbabilisticSharpe"] = N(best?.ProbabilisticSharpe),
                ["trialSharpeVariance"] = N(r.TrialSharpeVariance),
                ["expectedMaxSharpePerBar"] = N(r.ExpectedMaxSharpePerBar),
                ["pbo"] = r.Pbo is { } p ? N(p.Probability) : null,
                ["pboCombinations"] = r.Pbo?.Combinations,
            },
            ["results"] = new JsonArray([.. r.Cells.Select(c => (JsonNode?)Cell(c, r.Parameters))]),
        };
    }

    private static JsonObject Cell(SweepCellResult c, IReadOnlyList<string> names)
    {
        var o = new JsonObject { ["cell"] = c.Cell.Index };
        var p = new JsonObject();
        for (var i = 0; i < names.Count; i++) p[names[i]] = c.Cell.Values[i];
        o["parameters"] = p;
        if (!c.Ok)
        {
            o["error"] = c.Error;
            return o;
        }

        var m = new JsonObject();
        foreach (var (name, f) in SweepMetrics.All) m[name] = N(f(c));
        o["metrics"] = m;
        o["orderListHash"] = c.OrderListHash;
        return o;
    }

    private static async Task WriteEquityAsync(SweepResult r, string path, CancellationToken ct)
    {
        await using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        var kept = r.Cells.Where(c => c.Equity is not null).ToArray();
        await w.WriteLineAsync("time," + string.Join(',', kept.Select(c => "cell_" + c.Cell.Index.ToString(CultureInfo.InvariantCulture))));
        var rows = kept.Max(c => c.Equity!.Count);
        var sb = new StringBuilder();
        for (var i = 0; i < rows; i++)
        {
            ct.ThrowIfCancellationRequested();
            sb.Clear().Append(r.StepTimes is { } t && i < t.Count ? t[i].UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "");
            foreach (var c in kept) sb.Append(',').Append(i < c.Equity!.Count ? F(c.Equity[i]) : "");
            await w.WriteLineAsync(sb);
        }
    }

    private static JsonNode? N(double? x) => x is { } v && double.IsFinite(v) ? JsonValue.Create(v) : null;

    private static string F(double d) => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "";
}
