using System.CommandLine;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Evaluation;

namespace CryptoSmartTrader.Cli.Commands.Models;

/// <summary><c>cst evaluate</c>: scores a stored model and its naive baselines on a (held-out) window.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var model = ModelsCliSupport.Name("Stored model name");
        var exchange = ModelsCliSupport.Exchange();
        var symbols = new Option<string?>("--symbols") { Description = "Symbols to score (default: the model's)" };
        var from = CommonOptions.Time("--from", "First sample time");
        var to = CommonOptions.Time("--to", "Last label end");
        var features = ModelsCliSupport.Features();
        var modelsDir = ModelsCliSupport.ModelsDir();
        var source = ModelsCliSupport.Source();
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("evaluate",
            "Out-of-sample metrics per horizon (n, AUC, Brier, log loss, ECE, 80/95% interval coverage, 80% gate share and hit rate) next to the naive baselines.\n\n" +
            "Example:\n  cst evaluate --model btc-eth-v1 --exchange binance --symbols BTC/USDT,ETH/USDT --from 2025-01-01 --to 2025-05-01 --json")
        {
            model, exchange, symbols, from, to, features, modelsDir, source, db, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var (sets, loadedBundle) = ModelsCliSupport.LoadModel(parse.GetValue(model)!, parse.GetValue(features)!, parse.GetValue(modelsDir)!, parse.GetValue(db)!, context);
            using var bundle = loadedBundle;
            var meta = bundle.Metadata;
            var ex = ModelsCliSupport.ParseExchange(parse.GetValue(exchange)!);
            var syms = parse.GetValue(symbols) is { } s ? ModelsCliSupport.ParseSymbols(s) : meta.Symbols.Select(CryptoSmartTrader.Core.Markets.Symbol.Parse).ToArray();
            var start = parse.GetValue(from);
            var end = parse.GetValue(to);
            var tf = ModelsCliSupport.ParseTimeframe(meta.Timeframe);
            var series = ModelsCliSupport.LoadCandles(ex, syms, tf, start - ModelsCliSupport.WarmUp, end, parse.GetValue(db)!, parse.GetValue(source), context);
            var frames = series.Select(x => FeatureFrames.Compute(sets, x)).ToArray();
            var results = new List<object>();
            var rows = new List<HorizonMetrics>();
            foreach (var (code, horizonModel) in bundle.Horizons)
            {
                ct.ThrowIfCancellationRequested();
                var h = Horizon.Parse(code);
                var schema = horizonModel.Schema;
                var data = DatasetBuilder.Build(frames, new DatasetOptions
                {
                    Horizon = h, From = start, LabelsEndBy = end, IndicatorSymbols = schema.Symbols,
                    IncludeLagReturn = schema.IncludeLagReturn, IncludeSymbolIndicators = schema.IncludeSymbolIndicators,
                    SequenceLength = schema.SequenceLength,
                });
                var overlaps = data.Count > 0 && data.TimesMs[0] <= (meta.TrainTo + h.Duration).ToUnixTimeMilliseconds();
                if (overlaps)
                {
                    await context.Error.WriteLineAsync($"warning: {code} evaluation window starts before the training labels end ({meta.TrainTo + h.Duration:O}); scores are in-sample");
                }

                if (data.Count == 0)
                {
                    await context.Error.WriteLineAsync($"warning: {code}: no samples in the window ({data.Report})");
                    continue;
                }

                var main = ModelEvaluator.Evaluate(horizonModel, data, meta.Name);
                var baselines = bundle.Baselines.Where(b => b.Key.EndsWith("@" + code, StringComparison.Ordinal))
                    .Select(b => ModelEvaluator.Evaluate(b.Value, data, b.Key[..b.Key.IndexOf('@')])).ToList();
                rows.Add(main);
                rows.AddRange(baselines);
                results.Add(new { horizon = code, overlapsTraining = overlaps, model = main, baselines });
            }

            if (parse.GetValue(json))
            {
                await JsonOutput.WriteAsync(context.Out, new { model = meta.Name, from = start, to = end, horizons = results });
            }
            else
            {
                await ModelsOutput.WriteMetricsTableAsync(context, rows);
            }

            return 0;
        });
        return command;
    }
}
