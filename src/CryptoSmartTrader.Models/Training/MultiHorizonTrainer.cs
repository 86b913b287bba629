using System.Reflection;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Evaluation;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Registry;

namespace CryptoSmartTrader.Models.Training;

/// <summary>
/// Trains a model per horizon (plus the naive baselines) on pooled symbol frames and packages the result with the
/// metadata the registry stores. This is the retraining entry point the bot's scheduler calls.
/// </summary>
public static class MultiHorizonTrainer
{
    public static ModelBundle Train(IReadOnlyList<SymbolFrame> frames, TrainingRequest request, TimeProvider timeProvider,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (request.Horizons.Count == 0)
        {
            throw new ArgumentException("train: expected at least one horizon", nameof(request));
        }

        var horizons = new Dictionary<string, HorizonModel>(StringComparer.Ordinal);
        var baselines = new Dictionary<string, HorizonModel>(StringComparer.Ordinal);
        var metrics = new List<HorizonMetrics>();
        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
        long from = long.MaxValue, to = long.MinValue;
        string kind = "?";
        try
        {
            foreach (var horizon in request.Horizons)
            {
                var data = DatasetBuilder.Build(frames, request.Dataset with { Horizon = horizon });
                if (data.Count == 0)
                {
                    throw new ArgumentException($"train: no samples for horizon {horizon} ({data.Report})");
                }

                fingerprints[horizon.Code] = data.Fingerprint();
                from = Math.Min(from, data.TimesMs[0]);
                to = Math.Max(to, data.TimesMs[^1]);
                progress?.Report($"{horizon}: {data.Count} samples, training");
                var predictor = request.Predictor(horizon);
                kind = predictor.Kind;
                if (predictor is ICrossHorizonPredictor { OtherHorizons.Count: > 0 } cross)
                {
                    data = CrossHorizonLabels.Attach(data, frames, cross.OtherHorizons, request.Dataset.LabelsEndBy);
                }

                var trained = HorizonTrainer.Train(data, predictor, request.Trainer, cancellationToken);
                horizons[horizon.Code] = trained.Model;
                metrics.Add(trained.OutOfFold);
                if (request.IncludeBaselines && data.Schema.IncludeLagReturn)
                {
                    foreach (var nk in Enum.GetValues<NaiveKind>())
                    {
                        var b = HorizonTrainer.Train(data, new NaivePredictor(nk), request.Trainer, cancellationToken);
                        baselines[$"{NaivePredictor.KindName(nk)}@{horizon.Code}"] = b.Model;
                        metrics.Add(b.OutOfFold);
                    }
                }
            }
        }
        catch
        {
            foreach (var m in horizons.Values.Concat(baselines.Values))
            {
                m.Dispose();
            }

            throw;
        }

        var first = frames[0].Series;
        var metadata = new ModelMetadata
        {
            Name = request.Name,
            CreatedAt = timeProvider.GetUtcNow(),
            PredictorKind = kind,
            FeatureSet = request.FeatureSet,
            Horizons = request.Horizons.Select(h => h.Code).ToArray(),
            Exchange = first.Exchange.ToString(),
            Timeframe = first.Timeframe.Code,
            Symbols = frames.Select(f => f.Series.Symbol.ToString()).ToArray(),
            TrainFrom = DateTimeOffset.FromUnixTimeMilliseconds(from),
            TrainTo = DateTimeOffset.FromUnixTimeMilliseconds(to),
            DataFingerprints = fingerprints,
            Hyperparameters = request.Hyperparameters,
            Metrics = metrics,
            CodeVersion = CodeVersion,
            Seed = request.Seed,
        };
        return new ModelBundle(metadata, horizons, baselines);
    }

    public static string CodeVersion { get; } =
        typeof(MultiHorizonTrainer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
