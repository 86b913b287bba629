using System.CommandLine;
using System.Globalization;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Models.AutoML;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Kinds;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Torch.Predictors;
using CryptoSmartTrader.Models.Training;

namespace CryptoSmartTrader.Cli.Commands.Models;

/// <summary>
/// <c>cst train</c>: trains one model per horizon (plus naive baselines) and stores it as a candidate. <c>--model-type</c>
/// picks XGBoost, the linear model or a deep sequence model on libtorch (lstm, transformer, nbeats).
/// </summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var exchange = ModelsCliSupport.Exchange();
        var symbols = new Option<string>("--symbols") { Description = "Comma-separated symbols, e.g. BTC/USDT,ETH/USDT", Required = true };
        var timeframe = ModelsCliSupport.Timeframe();
        var horizons = new Option<string>("--horizons", "--horizon") { Description = "Comma-separated horizons (default 1h,24h,7d,30d)", DefaultValueFactory = _ => "1h,24h,7d,30d" };
        var from = CommonOptions.Time("--from", "First sample time");
        var to = CommonOptions.Time("--to", "End of training: every label window ends by this time");
        var name = new Option<string>("--name") { Description = "Model name (letters, digits, . _ -)", Required = true };
        var budget = new Option<int>("--search-budget") { Description = "Hyperparameter-search trials per horizon (0: defaults)", DefaultValueFactory = _ => 0 };
        var kind = new Option<string>("--model-type", "--model-kind")
        {
            Description = "xgboost (default), linear, stacked (meta-learner over xgboost, linear, persistence and the other horizons), regime-routed (one xgboost per regime; needs --features all), or a deep sequence model on libtorch: lstm, transformer, nbeats",
            DefaultValueFactory = _ => "xgboost",
        };
        var deep = new DeepTrainOptions();
        var stride = new Option<string?>("--stride") { Description = "Keep one training sample per symbol per this duration, e.g. 4h (default: every bar)" };
        var seed = new Option<int>("--seed") { Description = "Random seed (default 1)", DefaultValueFactory = _ => 1 };
        var features = ModelsCliSupport.Features();
        var modelsDir = ModelsCliSupport.ModelsDir();
        var source = ModelsCliSupport.Source();
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("train",
            "Train a multi-horizon model on stored candles and register it as a candidate.\n\nExample:\n" +
            "  cst train --exchange binance --symbols BTC/USDT,ETH/USDT --timeframe 1h --horizons 1h,24h,7d,30d --from 2019-01-01 --to 2024-12-31 --name btc-eth-v1\n" +
            "  cst train --cross-sectional --symbols BTC/USDT,ETH/USDT,BNB/USDT,XRP/USDT,ADA/USDT,LTC/USDT --horizon 24h --model-type linear --from 2023-05-15 --to 2024-01-01 --name xs-v1\n" +
            "  cst train --model-type lstm --epochs 20 --window 24 --hidden 32 --symbols BTC/USDT,ETH/USDT --horizons 1h,24h --from 2019-01-01 --to 2024-12-31 --stride 24h --name btc-eth-lstm")
        {
            exchange, symbols, timeframe, horizons, from, to, name, budget, kind, stride, seed, features, modelsDir, source, db, json,
        };
        foreach (var option in deep.All)
        {
            command.Add(option);
        }

        var crossSectional = new CrossSectionalTrain();
        foreach (var option in crossSectional.All)
        {
            command.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var ex = ModelsCliSupport.ParseExchange(parse.GetValue(exchange)!);
            var syms = ModelsCliSupport.ParseSymbols(parse.GetValue(symbols)!);
            var tf = ModelsCliSupport.ParseTimeframe(parse.GetValue(timeframe)!);
            var hs = ModelsCliSupport.ParseHorizons(parse.GetValue(horizons)!);
            var start = parse.GetValue(from);
            var end = parse.GetValue(to);
            if (start is not null && end is not null && end <= start)
            {
                throw new CliUsageException($"--to {end:O} must be after --from {start:O}");
            }

            var searchTrials = parse.GetValue(budget);
            if (searchTrials < 0)
            {
                throw new CliUsageException($"--search-budget: expected a trial count >= 0, got {searchTrials}");
            }

            var modelKind = parse.GetValue(kind)!.Trim().ToLowerInvariant();
            if (parse.GetValue(crossSectional.Enabled))
            {
                var explicitHorizons = parse.GetResult(horizons) is { Implicit: false };
                return await crossSectional.RunAsync(parse, new CrossSectionalTrain.TrainInputs(ex, syms, tf, explicitHorizons ? hs : [CryptoSmartTrader.Core.Research.Horizon.Parse("24h")],
                    start, end, parse.GetValue(name)!, parse.GetResult(kind) is { Implicit: false } ? modelKind : "linear", parse.GetValue(seed), ParseStride(parse.GetValue(stride)),
                    parse.GetValue(modelsDir)!, parse.GetValue(db)!, parse.GetValue(source), parse.GetValue(json)), context, ct);
            }

            var kindDef = ModelKinds.Find(modelKind, out var kindError) ?? throw new CliUsageException($"--model-type: {kindError}");
            var deepKind = DeepTrainOptions.KindOf(modelKind);
            var randomSeed = parse.GetValue(seed);
            if (searchTrials > 0 && !kindDef.SupportsSearch)
            {
                throw new CliUsageException($"--search-budget applies to --model-type {string.Join(", ", ModelKinds.All.Where(k => k.SupportsSearch).Select(k => k.Name))} only");
            }

            IReadOnlyDictionary<string, string> settings = new Dictionary<string, string>();
            if (deepKind is { } dk)
            {
                var deepOptions = deep.Read(parse, dk, randomSeed);
                DeepTrainOptions.Require(TorchPredictor.TryCreate(deepOptions));
                settings = deepOptions.Describe();
            }
            else
            {
                deep.RejectExplicit(parse, modelKind);
            }

            var (sets, descriptor) = ModelsCliSupport.ResolveFeatures(parse.GetValue(features)!, parse.GetValue(db)!, context);
            if (kindDef.CheckFeatures(descriptor) is { } featureError) throw new CliUsageException($"--model-type {featureError}");
            var registry = ModelsCliSupport.Registry(parse.GetValue(modelsDir)!, context);
            if (registry.Show(parse.GetValue(name)!) is { Ok: true })
            {
                throw new CliFailureException($"model '{parse.GetValue(name)}' already exists in {registry.Root}; choose another name");
            }

            var series = ModelsCliSupport.LoadCandles(ex, syms, tf, start - ModelsCliSupport.WarmUp, end, parse.GetValue(db)!, parse.GetValue(source), context);
            await context.Error.WriteLineAsync($"computing {descriptor.Name} features for {series.Count} symbols");
            var frames = series.Select(s => FeatureFrames.Compute(sets, s)).ToArray();
            var strideValue = ParseStride(parse.GetValue(stride));

            var searches = new Dictionary<string, string>(StringComparer.Ordinal);
            var tuned = new Dictionary<CryptoSmartTrader.Core.Research.Horizon, XGBoostParameters>();
            var kindRequest = new ModelKindRequest { Settings = settings, Seed = randomSeed, Horizons = hs, Tuned = h => tuned.GetValueOrDefault(h) };
            var datasetOptions = new DatasetOptions { From = start, LabelsEndBy = end, Stride = strideValue, SequenceLength = kindDef.SequenceLength(kindRequest) };
            var created = kindDef.Create(kindRequest);
            if (!created.Ok) throw new CliUsageException($"--model-type {modelKind}: {created.Error}");
            IPredictor Predictor(CryptoSmartTrader.Core.Research.Horizon h)
            {
                if (searchTrials > 0)
                {
                    var data = DatasetBuilder.Build(frames, datasetOptions with { Horizon = h });
                    var result = HyperparameterSearch.Run(data, new SearchOptions { Trials = searchTrials, Seed = randomSeed }, context.Time,
                        new Progress<(int Done, int Total)>(p => context.Error.WriteLine($"  search {h}: {p.Done}/{p.Total}")), ct);
                    tuned[h] = result.Best with { Seed = randomSeed };
                    searches[h.Code] = string.Create(CultureInfo.InvariantCulture, $"best score {result.BestScore:0.#####} over {result.Trials.Count} evaluations");
                }

                return created.Predictor!(h);
            }

            var recorded = new Dictionary<string, string>(created.Recorded);
            if (kindDef.SupportsSearch) recorded["searchBudget"] = searchTrials.ToString(CultureInfo.InvariantCulture);
            using var bundle = MultiHorizonTrainer.Train(frames, new TrainingRequest
            {
                Name = parse.GetValue(name)!,
                Horizons = hs,
                FeatureSet = descriptor,
                Predictor = Predictor,
                Dataset = datasetOptions,
                Seed = randomSeed,
                Hyperparameters = recorded,
            }, context.Time, new Progress<string>(m => context.Error.WriteLine(m)), ct);
            var metadata = bundle.Metadata with
            {
                Hyperparameters = new Dictionary<string, string>(bundle.Metadata.Hyperparameters.Concat(searches.Select(kv => KeyValuePair.Create("search@" + kv.Key, kv.Value)))),
            };
            var saved = registry.Save(new CryptoSmartTrader.Models.Registry.ModelBundle(metadata, bundle.Horizons, bundle.Baselines));
            if (!saved.Ok)
            {
                throw new CliFailureException(saved.Error!);
            }

            await ModelsOutput.WriteMetadataAsync(context, saved.Value!, parse.GetValue(json));
            return 0;
        });
        return command;
    }

    private static TimeSpan? ParseStride(string? value)
    {
        if (value is null) return null;
        try
        {
            return CryptoSmartTrader.Core.Research.Horizon.Parse(value).Duration;
        }
        catch (FormatException)
        {
            throw new CliUsageException($"--stride: expected a duration such as 4h, got '{value}'");
        }
    }
}
