using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using CryptoSmartTrader.Backtesting.Sweeps;
using CryptoSmartTrader.Cli.Commands.Backtest;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Research.Session;

namespace CryptoSmartTrader.Cli.Commands.Sweep;

/// <summary>
/// <c>cst sweep</c>: grid or seeded random search over strategy parameters, every cell a full <c>cst backtest</c> run of
/// the one kernel, cells in parallel. Writes cells.csv, sweep.json (with the Deflated Sharpe of the best cell and the PBO
/// of the selection) and report.html (heatmaps), plus equity.csv with <c>--equity</c>.
/// </summary>
internal static class SweepCommand
{
    public static Command Create(CliContext context)
    {
        var o = new SelectionOptions();
        var output = new Option<string>("--out") { Description = "Folder for cells.csv, sweep.json and report.html", Required = true };
        var param = new Option<string[]>("--param")
        {
            Description = "A swept parameter, repeatable: PATH=v1,v2,… | PATH=from:to:step | PATH=min..max[:int] (random search). PATH is any field of the " +
                "strategy package as a JSON path (alpha.sma.fast, risk.maxPositionFraction, execution.stopLossPercent, venue.takerFee, …) or a short name: " +
                string.Join(", ", PackageSweep.Aliases.Select(a => $"{a.Key} ({a.Value})")),
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var random = new Option<int?>("--random") { Description = "Random search: this many cells drawn from the parameters (default: the full grid)" };
        var seed = new Option<int>("--seed") { Description = "Seed of the random search", DefaultValueFactory = _ => 1 };
        var parallel = new Option<int>("--parallel") { Description = "Cells run at once", DefaultValueFactory = _ => Environment.ProcessorCount };
        var equity = new Option<bool>("--equity") { Description = "Also keep and write every cell's equity per bar (equity.csv; memory grows with bars × cells)" };
        var stopLoss = new Option<double?>("--stop-loss") { Description = "Protective stop after every entry, PCT percent from the entry (as cst backtest)" };
        var package = new Option<string?>("--package") { Description = "Sweep this strategy package (JSON) instead of the package of the options given" };
        var command = new Command("sweep",
            "Parameter sweep through the trading kernel: every cell is a full backtest (fees, slippage, risk engine), cells in parallel.\n\n" +
            "Examples:\n  cst sweep --symbols BTC/USDT --from 2023-01-01 --to 2025-01-01 --param fast=5:50:5 --param slow=60:240:20 --out runs/sweep\n" +
            "  cst sweep --symbols BTC/USDT,ETH/USDT --from 2023-01-01 --to 2025-01-01 --param fast=5..50:int --param slow=60..300:int --random 200 --seed 7 --out runs/rs");
        o.AddTo(command);
        foreach (var x in new Option[] { output, param, random, seed, parallel, equity, stopLoss, package }) command.Add(x);
        command.SetAction(async (parse, ct) =>
        {
            var s = Selection.Parse(parse, o);
            if (s.Model is not null) throw new CliUsageException("--model: a sweep varies rule parameters; give --strategy sma-cross");
            var axes = new List<SweepAxis>();
            foreach (var text in parse.GetValue(param) ?? [])
            {
                try
                {
                    axes.Add(SweepAxis.Parse(text));
                }
                catch (FormatException ex)
                {
                    throw new CliUsageException($"--param: {ex.Message}");
                }
            }

            var stop = parse.GetValue(stopLoss) ?? 0;
            if (stop is < 0 or >= 100) throw new CliUsageException($"--stop-loss: expected a percentage in (0, 100), got {stop}");
            var n = parse.GetValue(random);
            if (n is < 1) throw new CliUsageException($"--random: expected at least 1 cell, got {n}");
            var threads = parse.GetValue(parallel);
            if (threads < 1) throw new CliUsageException($"--parallel: expected at least 1, got {threads}");
            IReadOnlyList<SweepCell> cells;
            try
            {
                var space = new SweepSpace(axes);
                cells = n is { } count ? space.Random(count, parse.GetValue(seed)) : space.Grid();
            }
            catch (ArgumentException ex)
            {
                throw new CliUsageException($"--param: {ex.Message}");
            }

            var pkg = SweepPackage.Resolve(parse.GetValue(package), s, stop);
            var bad = PackageSweep.Check(pkg, cells[0]);
            if (bad.Count > 0) throw new CliUsageException($"--param: {string.Join("; ", bad)}");
            var (series, origin) = await CandleSource.LoadAsync(s, context.Time, ct);
            var result = SweepRunner.Run(series, cells, PackageSweep.Builder(pkg),
                new SweepOptions { From = s.From, To = s.To, WarmupBars = s.WarmupBars, Parallelism = threads, KeepEquity = parse.GetValue(equity) },
                cancellationToken: ct);
            var dir = parse.GetValue(output)!;
            var settings = Settings(s, origin, axes, n, parse.GetValue(seed), stop);
            settings["package"] = JsonNode.Parse(Trading.Packages.StrategyPackageJson.Serialize(pkg));
            await SweepWriter.WriteAsync(result, dir, settings, ct);
            await SweepReport.WriteAsync(result, Path.Combine(dir, "report.html"), $"Sweep: {s.Strategy} on {string.Join(",", s.Symbols)} {s.Timeframe}",
                settings.Where(kv => kv.Key is not "package" and not "costs").Select(kv => new KeyValuePair<string, string>(kv.Key, kv.Value?.ToJsonString().Trim('"') ?? "")).ToArray(), ct);
            if (s.Json)
            {
                var summary = SweepWriter.Json(result, settings);
                summary.Remove("results");
                summary["directory"] = Path.GetFullPath(dir);
                await context.Out.WriteLineAsync(summary.ToJsonString(JsonOutput.Options));
            }
            else
            {
                await WriteTextAsync(context.Out, result, dir);
            }

            return CliApp.Success;
        });
        return command;
    }

    private static JsonObject Settings(Selection s, string origin, IReadOnlyList<SweepAxis> axes, int? random, int seed, double stop)
    {
        var costs = new JsonObject();
        foreach (var (k, v) in s.Costs) costs[k] = v;
        if (stop > 0) costs["stopLossPercent"] = stop.ToString(CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["strategy"] = s.Strategy,
            ["exchange"] = s.Exchange.Id,
            ["symbols"] = string.Join(",", s.Symbols),
            ["timeframe"] = s.Timeframe.Code,
            ["from"] = Data.StoreCliSupport.Iso(s.From),
            ["to"] = Data.StoreCliSupport.Iso(s.To),
            ["warmupBars"] = s.WarmupBars,
            ["initialCash"] = s.Cash,
            ["source"] = origin,
            ["search"] = random is { } n ? $"random {n} (seed {seed})" : "grid",
            ["param"] = string.Join(" ", axes.Select(a => a.IsRange ? FormattableString.Invariant($"{PackageSweep.PathOf(a.Name)}={a.Min}..{a.Max}{(a.Integer ? ":int" : "")}")
                : $"{PackageSweep.PathOf(a.Name)}={string.Join(",", a.Values!.Select(v => v.ToString(CultureInfo.InvariantCulture)))}")),
            ["costs"] = costs,
        };
    }

    private static async Task WriteTextAsync(TextWriter w, SweepResult r, string dir)
    {
        static string F(double v) => double.IsFinite(v) ? v.ToString("0.###", CultureInfo.InvariantCulture) : "-";
        static string P(double v) => double.IsFinite(v) ? v.ToString("P2", CultureInfo.InvariantCulture) : "-";
        await w.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{r.Cells.Count} cells ({r.Trials} ran) × {r.BarsPerCell:N0} bars in {r.Elapsed.TotalSeconds:0.00} s ({r.BarsPerCell * (double)r.Cells.Count / Math.Max(1e-9, r.Elapsed.TotalSeconds) / 1e6:0.0} M bar-cells/s)"));
        if (r.BestCell is { } b)
        {
            await w.WriteLineAsync($"  best         {b.Cell.Label}: Sharpe {F(b.Sharpe)}  total {P(b.TotalReturn)}  max DD {P(b.MaxDrawdown)}  trades {b.Trades}");
            await w.WriteLineAsync($"  selection    DSR {F(b.DeflatedSharpe)} over {r.Trials} trials  PBO {(r.Pbo is { } p ? P(p.Probability) : "-")}");
        }

        foreach (var bad in r.Cells.Where(c => !c.Ok).Take(3)) await w.WriteLineAsync($"  invalid      {bad.Cell.Label}: {bad.Error}");
        await w.WriteLineAsync($"  wrote        {Path.GetFullPath(dir)}");
    }
}
