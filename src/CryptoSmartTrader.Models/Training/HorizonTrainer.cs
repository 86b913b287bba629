using CryptoSmartTrader.Models.Calibration;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Evaluation;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Uncertainty;
using CryptoSmartTrader.Models.Validation;

namespace CryptoSmartTrader.Models.Training;

/// <summary>
/// Trains one horizon: purged walk-forward folds give out-of-fold predictions; the calibrator and the conformal
/// half-widths are fitted on those only; the final predictor is refitted on all rows.
/// The reported metrics score the uncalibrated out-of-fold predictions after calibrating them on the earlier folds
/// only (each fold's calibrator sees only folds before it), so they are not flattered by in-sample calibration.
/// </summary>
public static class HorizonTrainer
{
    public static TrainedHorizon Train(LabeledDataset data, IPredictor predictor, TrainerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(predictor);
        ArgumentNullException.ThrowIfNull(options);
        if (data.Count == 0)
        {
            throw new ArgumentException($"training {data.Horizon}: the dataset is empty (report: {data.Report})", nameof(data));
        }

        var oof = OutOfFold(data, predictor, options, cancellationToken);
        var calibrator = ProbabilityCalibrator.Identity;
        double hw80 = double.NaN, hw95 = double.NaN;
        if (oof.Rows.Length >= options.MinOutOfFold)
        {
            calibrator = ProbabilityCalibrator.Fit(options.Calibration, oof.Prob, oof.Up);
            var residuals = SplitConformal.AbsoluteResiduals(oof.Actual, oof.Ret);
            hw80 = SplitConformal.HalfWidth(residuals, 0.8);
            hw95 = SplitConformal.HalfWidth(residuals, 0.95);
        }

        var fitted = predictor.Fit(TrainingSet.From(data), cancellationToken);
        if (double.IsNaN(hw80))
        {
            // Too few out-of-fold rows: fall back to in-sample residuals, which understate the width; flagged by Folds = 0.
            var inSample = fitted.Predict(data.X).ExpectedReturn;
            var residuals = SplitConformal.AbsoluteResiduals(data.Returns, inSample);
            hw80 = SplitConformal.HalfWidth(residuals, 0.8);
            hw95 = SplitConformal.HalfWidth(residuals, 0.95);
        }

        var model = new HorizonModel(data.Schema, fitted, calibrator, hw80, hw95, options.ConfidenceShrink);
        return new TrainedHorizon(model, oof.Metrics(data.Horizon.Code, predictor.Kind, options), oof.Folds);
    }

    internal static OutOfFoldPredictions OutOfFold(LabeledDataset data, IPredictor predictor, TrainerOptions options, CancellationToken ct)
    {
        var folds = WalkForwardSplitter.Split(data.TimesMs, data.Horizon.Duration, data.FeatureLookback, options.WalkForward);
        var rows = new List<int>();
        var prob = new List<double>();
        var ret = new List<double>();
        var spread = new List<double>();
        var foldOf = new List<int>();
        foreach (var fold in folds)
        {
            ct.ThrowIfCancellationRequested();
            using var fitted = predictor.Fit(TrainingSet.From(data, fold.Train), ct);
            var output = fitted.Predict(data.X.Subset(fold.Test));
            for (var k = 0; k < fold.Test.Length; k++)
            {
                rows.Add(fold.Test[k]);
                prob.Add(output.ProbabilityUp[k]);
                ret.Add(output.ExpectedReturn[k]);
                spread.Add(output.ProbabilitySpread?[k] ?? 0);
                foldOf.Add(fold.Index);
            }
        }

        var r = rows.ToArray();
        return new OutOfFoldPredictions(r, [.. prob], [.. ret], [.. spread], [.. foldOf],
            r.Select(i => data.Up[i]).ToArray(), r.Select(i => data.Returns[i]).ToArray(), folds.Count);
    }
}
