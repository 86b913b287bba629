using System.Globalization;
using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Evaluation;
using CryptoSmartTrader.Models.Kinds;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Models.Training;
using CryptoSmartTrader.Trading.Alpha;

namespace CryptoSmartTrader.Bot.Maintenance;

/// <summary>
/// Retrains a running model's recipe (feature set, predictor kind, hyperparameters, input schema, shortest horizon, as
/// <see cref="ModelWalkForwardTrainer"/> does) on the bot's closed bars before a hold-out of the latest
/// <see cref="MaintenanceOptions.HoldoutDays"/>; training labels end one horizon before the hold-out starts. Candidate and
/// current model are scored on the same hold-out rows (log loss, <see cref="ModelEvaluator"/>); the candidate is stored
/// in the registry and promoted, retiring the current one, only when its log loss is strictly lower.
/// </summary>
internal static class LaneRetrainer
{
    // Always saying 50% scores ln 2; a replacement that cannot beat that is not worth trading, however bad the old model.
    internal static readonly double CoinFlipLogLoss = Math.Log(2);

    public static RetrainResult Retrain(ModelRegistry registry, ModelAlphaSource current, IReadOnlyList<CandleSeries> series, DateTimeOffset lastClose,
        MaintenanceOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        var meta = current.Metadata;
        var horizon = current.Horizon;
        var holdoutFrom = lastClose - TimeSpan.FromDays(options.HoldoutDays);
        var labelsEnd = holdoutFrom - horizon.Duration;
        DateTimeOffset? trainFrom = options.TrainingDays > 0 ? labelsEnd - TimeSpan.FromDays(options.TrainingDays) : null;
        if (series.Count == 0 || series.All(s => s.IsEmpty)) return new RetrainResult($"{meta.Name}: no retrain: the bot has no closed bars of {string.Join(", ", meta.Symbols)}");

        // Bars whose forward label fits before the gap (close + horizon <= labelsEnd) are the training bars.
        var lastTrainingClose = labelsEnd - horizon.Duration;
        foreach (var s in series)
        {
            var closes = s.CloseTimeMs.ToArray();
            var training = closes.Count(c => c <= lastTrainingClose.ToUnixTimeMilliseconds() && (trainFrom is null || c >= trainFrom.Value.ToUnixTimeMilliseconds()));
            if (training >= options.MinTrainingBars) continue;
            var tf = s.Timeframe.IsFixed ? s.Timeframe.Duration : TimeSpan.FromDays(31); // calendar months: counted at their longest
            var holdoutBars = (int)Math.Ceiling(TimeSpan.FromDays(options.HoldoutDays) / tf);
            var gapBars = (int)Math.Ceiling(horizon.Duration / tf);
            return new RetrainResult(string.Create(CultureInfo.InvariantCulture,
                $"{meta.Name}: no retrain: too little data: the bot has {s.Count} closed {s.Symbol} {s.Timeframe} bars " +
                $"({(s.IsEmpty ? "none" : $"{LaneDrift.Iso(s.FirstOpenTime)}..{LaneDrift.Iso(s.LastCloseTime)}")}), {training} of them usable for training before the " +
                $"{options.HoldoutDays:0.##}-day hold-out and its {horizon} gap; it needs at least {options.MinTrainingBars} training bars + {gapBars} gap + " +
                $"{holdoutBars} hold-out bars = {options.MinTrainingBars + gapBars + holdoutBars} bars"));
        }

        // Every kind is rebuilt through the one model-kind registry (cst train, the research facade and walk-forward use it too).
        var kind = ModelKinds.Recreate(meta);
        if (!kind.Ok) return new RetrainResult($"{meta.Name}: no retrain: {kind.Error}");
        var predictor = kind.Predictor!;
        // The sets the running model was opened with (the bot's, derivatives included), described as the registry describes them.
        var descriptor = FeatureSetDescriptor.FromColumns(meta.FeatureSet.Name.Trim().ToLowerInvariant(), FeatureFrames.Columns(current.FeatureSets));

        var frames = LaneDatasets.Frames(current.FeatureSets, series);
        // The current model is only scored out of its own sample: hold-out rows at or before its training end are left out.
        var evalFrom = holdoutFrom > meta.TrainTo ? holdoutFrom.AddMilliseconds(1) : meta.TrainTo.AddMilliseconds(1);
        var holdout = DatasetBuilder.Build(frames, LaneDatasets.For(current.Model, evalFrom));
        if (holdout.Count < options.MinHoldoutSamples)
        {
            return new RetrainResult($"{meta.Name}: no retrain: {holdout.Count} hold-out rows with a realised {horizon} label after {LaneDrift.Iso(evalFrom)} " +
                                     $"(out of sample for the current model, trained up to {LaneDrift.Iso(meta.TrainTo)}); needs {options.MinHoldoutSamples}");
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"{meta.Name}-r{lastClose:yyyyMMddHHmm}");
        var request = new TrainingRequest
        {
            Name = name,
            Horizons = [horizon],
            FeatureSet = descriptor,
            Predictor = predictor,
            Hyperparameters = meta.Hyperparameters,
            Dataset = LaneDatasets.For(current.Model, trainFrom, labelsEndBy: labelsEnd),
            IncludeBaselines = false,
            Seed = meta.Seed,
        };
        ModelBundle bundle;
        try
        {
            bundle = MultiHorizonTrainer.Train(frames, request, time, cancellationToken: cancellationToken);
        }
        catch (ArgumentException ex)
        {
            return new RetrainResult($"{meta.Name}: no retrain: training on the bars before {LaneDrift.Iso(labelsEnd)} failed: {ex.Message}");
        }

        using (bundle)
        {
            var candidateLoss = ModelEvaluator.Evaluate(bundle.For(horizon), holdout, name).LogLoss;
            var currentLoss = ModelEvaluator.Evaluate(current.Model, holdout, meta.Name).LogLoss;
            var saved = registry.Save(bundle);
            if (!saved.Ok) return new RetrainResult($"{meta.Name}: candidate {name} could not be stored: {saved.Error}", null, false, candidateLoss, currentLoss);
            var scores = string.Create(CultureInfo.InvariantCulture,
                $"hold-out log loss {candidateLoss:0.000000} (candidate {name}) vs {currentLoss:0.000000} (current {meta.Name}) on {holdout.Count} {horizon} rows " +
                $"{LaneDrift.Iso(DateTimeOffset.FromUnixTimeMilliseconds(holdout.TimesMs[0]))}..{LaneDrift.Iso(DateTimeOffset.FromUnixTimeMilliseconds(holdout.TimesMs[^1]))}; " +
                $"candidate trained on {LaneDrift.Iso(saved.Value!.TrainFrom)}..{LaneDrift.Iso(saved.Value.TrainTo)}");
            if (!(candidateLoss < currentLoss))
            {
                return new RetrainResult($"{meta.Name}: kept: the candidate does not beat it, {scores}; {name} stays a candidate", name, false, candidateLoss, currentLoss);
            }

            if (options.PromoteOnlyBelowCoinFlip && !(candidateLoss < CoinFlipLogLoss))
            {
                return new RetrainResult(string.Create(CultureInfo.InvariantCulture,
                    $"{meta.Name}: kept: the candidate beats it but is no better than a coin flip (log loss ln 2 = {CoinFlipLogLoss:0.000000}), {scores}; {name} stays a candidate"),
                    name, false, candidateLoss, currentLoss);
            }

            var promoted = registry.Promote(name);
            if (!promoted.Ok) return new RetrainResult($"{meta.Name}: candidate {name} beats it but could not be promoted: {promoted.Error}; {scores}", name, false, candidateLoss, currentLoss);
            var retired = registry.Retire(meta.Name);
            var retiredNote = retired.Ok ? $"{meta.Name} retired" : $"{meta.Name} could not be retired: {retired.Error}";
            return new RetrainResult($"{meta.Name}: replaced: {name} promoted and {retiredNote}, {scores}", name, true, candidateLoss, currentLoss);
        }
    }
}
