using System.CommandLine;
using System.Globalization;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Markets;
using Symbol = CryptoSmartTrader.Core.Markets.Symbol;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Training;

namespace CryptoSmartTrader.Cli.Commands.Models;

/// <summary><c>cst predict</c>: the stored model's predictions for one symbol from the last bar closed at --at.</summary>
internal static class PredictCommand
{
    public static Command Create(CliContext context)
    {
        var model = ModelsCliSupport.Name("Stored model name");
        var exchange = ModelsCliSupport.Exchange();
        var symbol = new Option<string>("--symbol") { Description = "Symbol, e.g. BTC/USDT", Required = true };
        var at = CommonOptions.Time("--at", "Prediction time; the last bar closed at or before it is used");
        at.Required = true;
        var features = ModelsCliSupport.Features();
        var modelsDir = ModelsCliSupport.ModelsDir();
        var source = ModelsCliSupport.Source();
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("predict",
            "Predict every horizon of a stored model for one symbol.\n\nExample:\n  cst predict --model btc-eth-v1 --exchange binance --symbol BTC/USDT --at 2024-06-01T12:00Z --json")
        {
            model, exchange, symbol, at, features, modelsDir, source, db, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var (sets, loadedBundle) = ModelsCliSupport.LoadModel(parse.GetValue(model)!, parse.GetValue(features)!, parse.GetValue(modelsDir)!, parse.GetValue(db)!, context);
            using var bundle = loadedBundle;
            var meta = bundle.Metadata;
            var sym = Symbol.TryParse(parse.GetValue(symbol), out var s, out var error) ? s : throw new CliUsageException($"--symbol: {error}");
            var when = parse.GetValue(at)!.Value;
            var tf = ModelsCliSupport.ParseTimeframe(meta.Timeframe);
            var series = ModelsCliSupport.LoadCandles(ModelsCliSupport.ParseExchange(parse.GetValue(exchange)!), [sym], tf,
                when - ModelsCliSupport.WarmUp, when, parse.GetValue(db)!, parse.GetValue(source), context);
            var frames = series.Select(x => FeatureFrames.Compute(sets, x)).ToArray();
            var predictions = new List<CryptoSmartTrader.Core.Research.Prediction>();
            foreach (var (code, horizonModel) in bundle.Horizons)
            {
                var rows = InferenceRows.Latest(frames, horizonModel.Schema, when);
                if (rows.Skipped.Count > 0)
                {
                    throw new CliFailureException($"{code}: {rows.Skipped[0]}");
                }

                predictions.AddRange(horizonModel.Predict(rows.Rows, rows.Symbols, rows.AsOf, meta.Name, meta.CodeVersion));
            }

            if (parse.GetValue(json))
            {
                await JsonOutput.WriteAsync(context.Out, predictions.Select(p => new
                {
                    symbol = p.Symbol.ToString(), horizon = p.Horizon.Code, asOf = p.AsOf, p.ProbabilityUp, p.Confidence, p.Direction,
                    p.ExpectedReturn, p.IntervalLow, p.IntervalHigh, p.IntervalLevel, p.ModelId, p.ModelVersion,
                }));
            }
            else
            {
                foreach (var p in predictions)
                {
                    await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{p.Symbol} {p.Horizon.Code,-4} as of {p.AsOf:yyyy-MM-dd HH:mm}Z  P(up) {p.ProbabilityUp:0.000}  confidence {p.Confidence:0.000}  E[r] {p.ExpectedReturn:+0.0000;-0.0000}  80% [{p.IntervalLow:+0.0000;-0.0000}, {p.IntervalHigh:+0.0000;-0.0000}]"));
                }
            }

            return 0;
        });
        return command;
    }
}
