using System.CommandLine;
using System.Globalization;
using CryptoSmartTrader.Backtesting.Bias;
using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Cli.Commands.Backtest;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Features.Sets;

namespace CryptoSmartTrader.Cli.Commands.Analyze;

/// <summary><c>cst analyze lookahead|recursive</c>: bias checks of a strategy on recorded candles, with the backtest's selection options.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("analyze",
            "Bias checks: lookahead (re-run on data cut at many points and compare) and recursive (vary the warm-up).\n\n" +
            "Examples:\n  cst analyze lookahead --strategy sma-cross --symbols BTC/USDT --from 2024-01-01 --to 2024-03-01 --json\n" +
            "  cst analyze recursive --symbols BTC/USDT,ETH/USDT --from 2024-01-01 --to 2024-02-01 --warmups 0,50,200,400");
        command.Add(Lookahead(context));
        command.Add(Recursive(context));
        return command;
    }

    private static Option<string> FeaturesOption() => new("--features")
    {
        Description = "Feature set(s) to compare as well: ta, all, … or none",
        DefaultValueFactory = _ => "ta",
    };

    private static Option<string?> IntoOption() => new("--into")
    {
        Description = "Also record the verdict in this backtest result folder's bias.json (shown by cst report backtest)",
    };

    private static Command Lookahead(CliContext context)
    {
        var o = new SelectionOptions();
        var points = new Option<int>("--points") { Description = "Truncation points spread over the period", DefaultValueFactory = _ => 20 };
        var features = FeaturesOption();
        var into = IntoOption();
        var command = new Command("lookahead",
            "Re-runs the strategy on data truncated at many points and compares every feature, insight, decision and the orders " +
            "known at each point with the full run (market orders, so limit fills cannot cause false positives). Exit 1 when bias is found.");
        o.AddTo(command);
        command.Add(points);
        command.Add(features);
        command.Add(into);
        command.SetAction(async (parse, ct) =>
        {
            var s = Selection.Parse(parse, o);
            var n = parse.GetValue(points);
            if (n < 1) throw new CliUsageException($"--points: expected at least 1, got {n}");
            var blueprint = StrategyFactory.Blueprint(s, context);
            var (series, _) = await CandleSource.LoadAsync(s, context.Time, ct);
            var report = LookaheadAnalysis.Run(series, blueprint, new BacktestOptions { From = s.From, To = s.To, WarmupBars = s.WarmupBars },
                new LookaheadOptions { Points = n, Features = Sets(parse.GetValue(features)!) });
            if (parse.GetValue(into) is { } dir)
            {
                await BiasFile.MergeAsync(dir, "lookahead", report, ct);
            }

            if (s.Json)
            {
                await JsonOutput.WriteAsync(context.Out, report);
            }
            else
            {
                await context.Out.WriteLineAsync($"lookahead: {report.Points.Count} points, compared {report.FeaturesCompared} feature values, " +
                    $"{report.InsightsCompared} insights, {report.DecisionsCompared} decisions, {report.OrderListsCompared} order lists");
                await context.Out.WriteLineAsync(report.HasBias ? $"BIAS: {report.Deviations} deviations" : "no lookahead bias found");
                foreach (var f in report.Findings.Take(20))
                {
                    await context.Out.WriteLineAsync($"  {f.Kind,-8} {f.Time:yyyy-MM-dd'T'HH:mm'Z'} {f.Symbol,-10} {f.Name}: full {f.Reference} vs cut {f.Observed}");
                }
            }

            return report.HasBias ? CliApp.Failure : CliApp.Success;
        });
        return command;
    }

    private static Command Recursive(CliContext context)
    {
        var o = new SelectionOptions();
        var warmups = new Option<string>("--warmups") { Description = "Comma-separated warm-up lengths in bars; the longest is the reference", DefaultValueFactory = _ => "0,25,50,100,200,400" };
        var features = FeaturesOption();
        var into = IntoOption();
        var command = new Command("recursive",
            "Runs the same period with several warm-up lengths and reports how indicators, insights, decisions and orders deviate " +
            "from the longest warm-up, and which warm-up is enough.");
        o.AddTo(command);
        command.Add(warmups);
        command.Add(features);
        command.Add(into);
        command.SetAction(async (parse, ct) =>
        {
            var s = Selection.Parse(parse, o);
            var lengths = ParseWarmups(parse.GetValue(warmups)!);
            var blueprint = StrategyFactory.Blueprint(s, context);
            var (series, _) = await CandleSource.LoadAsync(s with { WarmupBars = lengths.Max() }, context.Time, ct);
            var report = RecursiveAnalysis.Run(series, blueprint, new BacktestOptions { From = s.From, To = s.To },
                new RecursiveOptions { WarmupBars = lengths, Features = Sets(parse.GetValue(features)!) });
            if (parse.GetValue(into) is { } dir)
            {
                await BiasFile.MergeAsync(dir, "recursive", report, ct);
            }

            if (s.Json)
            {
                await JsonOutput.WriteAsync(context.Out, report);
                return CliApp.Success;
            }

            await context.Out.WriteLineAsync($"recursive: reference warm-up {report.ReferenceWarmupBars} bars; sufficient: {report.SufficientWarmup?.ToString(CultureInfo.InvariantCulture) ?? "none shorter"}");
            foreach (var r in report.Rows)
            {
                var worst = r.FeatureDeviationAtStart.OrderByDescending(kv => kv.Value).FirstOrDefault();
                await context.Out.WriteLineAsync($"  warm-up {r.WarmupBars,5}: insights {r.InsightDeviations,5} decisions {r.DecisionDeviations,5} same orders {(r.SameOrders ? "yes" : "no "),-3}" +
                    (worst.Key is null ? "" : $" worst feature {worst.Key} {worst.Value.ToString("P3", CultureInfo.InvariantCulture)}"));
            }

            return CliApp.Success;
        });
        return command;
    }

    private static IReadOnlyList<IFeatureSet> Sets(string name)
    {
        if (name.Trim().Equals("none", StringComparison.OrdinalIgnoreCase)) return [];
        return FeatureSetRegistry.CreateDefault().TryResolve(name, out var sets, out var error) ? sets : throw new CliUsageException($"--features: {error} (or none)");
    }

    internal static int[] ParseWarmups(string text)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var values = new List<int>();
        foreach (var p in parts)
        {
            if (!int.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) || v < 0)
            {
                throw new CliUsageException($"--warmups: expected comma-separated bar counts >= 0 such as 0,50,200, got '{text}'");
            }

            values.Add(v);
        }

        return values.Distinct().Count() >= 2 ? [.. values.Distinct()]
            : throw new CliUsageException($"--warmups: expected at least two different lengths, got '{text}'");
    }
}
