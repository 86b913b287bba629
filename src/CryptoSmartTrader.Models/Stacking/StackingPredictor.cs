using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Validation;

namespace CryptoSmartTrader.Models.Stacking;

/// <summary>
/// A stacking meta-learner over base models and horizons. The level-1 inputs of a row are base-model predictions from
/// models that never saw that row: an inner purged walk-forward over the training rows (purged with the longest
/// horizon in the stack) produces them. Other horizons' base models read the same features known at t and learn
/// that horizon's labels, restricted to labels ending no later than the set's own latest label. The meta-learner is
/// L2 logistic regression on the base logits (P(up)) and ridge on the own-horizon base returns (expected return);
/// the base models are then refitted on all rows for inference.
/// </summary>
public sealed class StackingPredictor : ICrossHorizonPredictor
{
    public const string KindName = "stacked";

    private readonly IReadOnlyList<StackingBase> _bases;
    private readonly StackingOptions _options;

    public StackingPredictor(IReadOnlyList<StackingBase> bases, StackingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bases);
        if (bases.Count == 0)
        {
            throw new ArgumentException("stacking: expected at least one base model", nameof(bases));
        }

        var dup = bases.GroupBy(b => b.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null || bases.Any(b => string.IsNullOrWhiteSpace(b.Name) || b.Predictor is null))
        {
            throw new ArgumentException($"stacking: base models need unique non-empty names and a predictor, got [{string.Join(", ", bases.Select(b => b.Name))}]", nameof(bases));
        }

        _bases = bases;
        _options = options ?? new StackingOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.MetaLambda, nameof(StackingOptions.MetaLambda));
    }

    public string Kind => KindName;

    public IReadOnlyList<Horizon> OtherHorizons => _options.OtherHorizons;

    public IFittedPredictor Fit(TrainingSet data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var timing = data.Timing ?? throw new ArgumentException(
            "stacking: the training set carries no sample times (build it with TrainingSet.From(LabeledDataset)); out-of-fold base predictions need walk-forward", nameof(data));
        var targets = Targets(data, timing);
        var meta = OutOfFold(data, timing, targets, cancellationToken);
        if (meta.Rows.Length < _options.MinOutOfFold)
        {
            throw new ArgumentException(
                $"stacking: the inner walk-forward gave {meta.Rows.Length} out-of-fold rows, the meta-learner needs at least {_options.MinOutOfFold}; use more data or fewer inner folds", nameof(data));
        }

        var up = meta.Rows.Select(r => data.Up[r]).ToArray();
        var ret = meta.Rows.Select(r => data.Returns[r]).ToArray();
        var std = Standardizer.Fit(meta.Probability);
        var logistic = LinearSolver.Logistic(meta.Probability, up, std, _options.MetaLambda, ct: cancellationToken);
        var retStd = Standardizer.Fit(meta.Return);
        var ridge = LinearSolver.Ridge(meta.Return, ret, retStd, _options.MetaLambda);
        var fitted = new List<StackedModel.Member>();
        try
        {
            foreach (var target in targets)
            {
                var rows = target.UsableRows(Enumerable.Range(0, data.Count));
                var set = new TrainingSet(data.X.Subset(rows), Pick(target.Up, rows), Pick(target.Returns, rows), data.ColumnNames);
                foreach (var b in _bases)
                {
                    fitted.Add(new StackedModel.Member(b.Name, target.Horizon, b.Predictor.Fit(set, cancellationToken)));
                }
            }
        }
        catch
        {
            fitted.ForEach(m => m.Model.Dispose());
            throw;
        }

        return new StackedModel(fitted, timing.Horizon, std, logistic, retStd, ridge);
    }

    /// <summary>Level-1 inputs for the rows of the inner test folds, each predicted by base models fitted on purged earlier rows only.</summary>
    internal MetaFeatures OutOfFold(TrainingSet data, SampleTiming timing, IReadOnlyList<StackTarget> targets, CancellationToken ct)
    {
        var longest = targets.Max(t => t.Horizon.Duration);
        var folds = WalkForwardSplitter.Split(timing.TimesMs, longest, timing.FeatureLookback, _options.InnerWalkForward);
        var rows = new List<int>();
        var prob = new List<double>();
        var ret = new List<double>();
        foreach (var fold in folds)
        {
            var trainRows = targets.Select(t => t.UsableRows(fold.Train)).ToArray();
            if (trainRows.Any(r => r.Length < _options.MinFoldTrainRows))
            {
                continue;
            }

            var test = data.X.Subset(fold.Test);
            var p = new double[fold.Test.Length * targets.Count * _bases.Count];
            var r = new double[fold.Test.Length * _bases.Count];
            for (var t = 0; t < targets.Count; t++)
            {
                var set = new TrainingSet(data.X.Subset(trainRows[t]), Pick(targets[t].Up, trainRows[t]), Pick(targets[t].Returns, trainRows[t]), data.ColumnNames);
                for (var b = 0; b < _bases.Count; b++)
                {
                    ct.ThrowIfCancellationRequested();
                    using var model = _bases[b].Predictor.Fit(set, ct);
                    var output = model.Predict(test);
                    var col = t * _bases.Count + b;
                    for (var k = 0; k < fold.Test.Length; k++)
                    {
                        p[k * targets.Count * _bases.Count + col] = MetaFeatures.Logit(output.ProbabilityUp[k]);
                        if (t == 0)
                        {
                            r[k * _bases.Count + b] = output.ExpectedReturn[k];
                        }
                    }
                }
            }

            rows.AddRange(fold.Test);
            prob.AddRange(p);
            ret.AddRange(r);
        }

        var n = rows.Count;
        return n == 0
            ? new MetaFeatures([], default, default)
            : new MetaFeatures([.. rows], new FeatureRows([.. prob], n, targets.Count * _bases.Count), new FeatureRows([.. ret], n, _bases.Count));
    }

    internal IReadOnlyList<StackTarget> Targets(TrainingSet data, SampleTiming timing)
    {
        var all = Enumerable.Repeat(true, data.Count).ToArray();
        var targets = new List<StackTarget> { new(timing.Horizon, data.Up, data.Returns, all) };
        var lastLabelEnd = timing.TimesMs.Max() + (long)timing.Horizon.Duration.TotalMilliseconds;
        foreach (var h in _options.OtherHorizons.Where(h => h != timing.Horizon).Distinct())
        {
            var labels = data.OtherHorizons.FirstOrDefault(o => o.Horizon == h) ?? throw new ArgumentException(
                $"stacking: other horizon {h} requested but the training set has no labels for it (MultiHorizonTrainer attaches them; or use CrossHorizonLabels.Attach)", nameof(data));
            var hMs = (long)h.Duration.TotalMilliseconds;
            var usable = new bool[data.Count];
            for (var i = 0; i < usable.Length; i++)
            {
                usable[i] = double.IsFinite(labels.Returns[i]) && timing.TimesMs[i] + hMs <= lastLabelEnd;
            }

            targets.Add(new StackTarget(h, labels.Returns.Select(v => v > 0 ? 1.0 : 0.0).ToArray(), labels.Returns, usable));
        }

        return targets;
    }

    private static double[] Pick(double[] source, int[] rows) => rows.Select(r => source[r]).ToArray();
}
