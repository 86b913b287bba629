using System.CommandLine;
using System.Globalization;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Importance;

namespace CryptoSmartTrader.Cli.Commands.Models;

/// <summary>
/// <c>cst models importance NAME</c>: XGBoost tree importance (weight, gain, cover, total_gain, total_cover) of a stored
/// model by feature name, or with <c>--permutation</c> the log-loss increase when each column is shuffled on a held-out window.
/// </summary>
internal static class ImportanceCommand
{
    private static readonly string[] Types = ["weight", "gain", "cover", "total_gain", "total_cover"];

    public static Command Create(CliContext context)
    {
        var model = new Argument<string>("name") { Description = "Model name" };
        var horizon = new Option<string?>("--horizon") { Description = "Horizon to explain, e.g. 24h (default: the model's first)" };
        var type = new Option<string>("--type") { Description = "Tree importance: weight, gain (default), cover, total_gain or total_cover", DefaultValueFactory = _ => "gain" };
        var head = new Option<string>("--head") { Description = "probability (P(up), default) or return (expected-return head)", DefaultValueFactory = _ => "probability" };
        var top = new Option<int>("--top") { Description = "Show the N most important features (default 20; 0: all)", DefaultValueFactory = _ => 20 };
        var permutation = new Option<bool>("--permutation") { Description = "Permutation importance on held-out candles in [--from, --to] instead of tree scores" };
        var repeats = new Option<int>("--repeats") { Description = "Permutation repeats per feature (default 3)", DefaultValueFactory = _ => 3 };
        var seed = new Option<int>("--seed") { Description = "Permutation shuffle seed (default 1)", DefaultValueFactory = _ => 1 };
        var exchange = ModelsCliSupport.Exchange();
        var symbols = new Option<string?>("--symbols") { Description = "Symbols for --permutation (default: the model's)" };
        var from = CommonOptions.Time("--from", "First held-out sample time (--permutation)");
        var to = CommonOptions.Time("--to", "Last held-out label end (--permutation)");
        var features = ModelsCliSupport.Features();
        var modelsDir = ModelsCliSupport.ModelsDir();
        var source = ModelsCliSupport.Source();
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("importance",
            "Feature importance of a stored model: XGBoost tree scores by feature name, or permutation importance on a held-out window.\n\nExamples:\n" +
            "  cst models importance btc-eth-v1 --horizon 24h --type gain --top 15\n" +
            "  cst models importance btc-eth-v1 --horizon 24h --permutation --from 2025-01-01 --to 2025-03-01 --json")
        {
            model, horizon, type, head, top, permutation, repeats, seed, exchange, symbols, from, to, features, modelsDir, source, db, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var typeName = parse.GetValue(type)!.Trim().ToLowerInvariant();
            var typeIndex = Array.IndexOf(Types, typeName);
            if (typeIndex < 0)
            {
                throw new CliUsageException($"--type: expected one of {string.Join(", ", Types)}, got '{typeName}'");
            }

            var headName = parse.GetValue(head)!.Trim().ToLowerInvariant();
            if (headName is not ("probability" or "return"))
            {
                throw new CliUsageException($"--head: expected probability or return, got '{headName}'");
            }

            var n = parse.GetValue(top);
            if (n < 0)
            {
                throw new CliUsageException($"--top: expected a count >= 0, got {n}");
            }

            var usePermutation = parse.GetValue(permutation);
            var start = parse.GetValue(from);
            var end = parse.GetValue(to);
            if (usePermutation && (start is null || end is null || end <= start))
            {
                throw new CliUsageException("--permutation needs a held-out window: --from and a later --to");
            }

            var (sets, loadedBundle) = ModelsCliSupport.LoadModel(parse.GetValue(model)!, parse.GetValue(features)!, parse.GetValue(modelsDir)!, parse.GetValue(db)!, context);
            using var bundle = loadedBundle;
            var meta = bundle.Metadata;
            var code = parse.GetValue(horizon) is { } hz ? ModelsCliSupport.ParseHorizons(hz)[0].Code : meta.Horizons[0];
            if (!bundle.Horizons.TryGetValue(code, out var horizonModel))
            {
                throw new CliUsageException($"--horizon: model '{meta.Name}' has horizons {string.Join(", ", meta.Horizons)}, got '{code}'");
            }

            IReadOnlyList<FeatureImportance> ranked;
            string method;
            if (!usePermutation)
            {
                try
                {
                    ranked = TreeImportance.Of(horizonModel.Predictor, horizonModel.Schema.ColumnNames, (TreeImportanceType)typeIndex, headName == "return");
                }
                catch (ArgumentException ex)
                {
                    throw new CliFailureException($"{ex.Message} (--permutation)");
                }

                method = typeName;
            }
            else
            {
                var rep = parse.GetValue(repeats);
                if (rep < 1)
                {
                    throw new CliUsageException($"--repeats: expected at least 1, got {rep}");
                }

                var h = Horizon.Parse(code);
                var ex = ModelsCliSupport.ParseExchange(parse.GetValue(exchange)!);
                var syms = parse.GetValue(symbols) is { } s ? ModelsCliSupport.ParseSymbols(s) : meta.Symbols.Select(CryptoSmartTrader.Core.Markets.Symbol.Parse).ToArray();
                var series = ModelsCliSupport.LoadCandles(ex, syms, ModelsCliSupport.ParseTimeframe(meta.Timeframe), start - ModelsCliSupport.WarmUp, end,
                    parse.GetValue(db)!, parse.GetValue(source), context);
                var schema = horizonModel.Schema;
                var data = DatasetBuilder.Build(series.Select(x => FeatureFrames.Compute(sets, x)).ToArray(), new DatasetOptions
                {
                    Horizon = h, From = start, LabelsEndBy = end, IndicatorSymbols = schema.Symbols,
                    IncludeLagReturn = schema.IncludeLagReturn, IncludeSymbolIndicators = schema.IncludeSymbolIndicators,
                });
                if (data.Count < 2)
                {
                    throw new CliFailureException($"{code}: too few held-out samples in the window ({data.Report})");
                }

                if (data.TimesMs[0] <= (meta.TrainTo + h.Duration).ToUnixTimeMilliseconds())
                {
                    await context.Error.WriteLineAsync($"warning: {code} window starts before the training labels end ({meta.TrainTo + h.Duration:O}); importance is in-sample");
                }

                ranked = PermutationImportance.Compute(horizonModel.Predictor, data.X, data.Up, schema.ColumnNames,
                    new PermutationOptions { Repeats = rep, Seed = parse.GetValue(seed) }, ct);
                method = "permutation-logloss";
            }

            var shown = n == 0 ? ranked : ranked.Take(n).ToArray();
            if (parse.GetValue(json))
            {
                await JsonOutput.WriteAsync(context.Out, new
                {
                    model = meta.Name, horizon = code, method, head = usePermutation ? "probability" : headName, features = shown,
                });
                return 0;
            }

            await context.Out.WriteLineAsync($"{meta.Name} {code}: {method} importance ({(usePermutation ? "probability" : headName)} head)");
            var rank = 0;
            foreach (var f in shown)
            {
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{++rank,4}  {f.Feature,-32}{f.Score,14:G6}{(usePermutation ? $" ± {f.StdDev:G3}" : string.Empty)}"));
            }

            return 0;
        });
        return command;
    }
}
