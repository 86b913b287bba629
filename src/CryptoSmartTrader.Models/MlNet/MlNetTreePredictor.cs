using System.Text.Json.Nodes;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace CryptoSmartTrader.Models.MlNet;

/// <summary>
/// Gradient-boosted trees through ML.NET (LightGBM or FastTree): a binary classifier for P(up) and a regressor for the
/// return, like <see cref="XGBoostPredictor"/>, so the trainer's walk-forward, out-of-fold calibration and conformal
/// intervals treat them the same. Saved models hold both ML.NET model zips (base64).
/// </summary>
public sealed class MlNetTreePredictor : IPredictor
{
    public MlNetTreePredictor(MlNetTreeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
    }

    public MlNetTreeOptions Options { get; }

    public string Kind => MlNetTreeOptions.KindName(Options.Kind);

    public IFittedPredictor Fit(TrainingSet data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Returns.Any(r => !double.IsFinite(r)))
        {
            throw new ArgumentException($"{Kind} predictor: every training return must be finite", nameof(data));
        }

        var ml = new MLContext(Options.Seed);
        cancellationToken.ThrowIfCancellationRequested();
        var view = MlNetRows.View(ml, data.X, data.Up, data.Returns);
        var classifier = Classifier(ml).Fit(view);
        cancellationToken.ThrowIfCancellationRequested();
        var regressor = Regressor(ml).Fit(view);
        return new MlNetTreeModel(Kind, ml, classifier, regressor, data.X.Cols);
    }

    internal static IFittedPredictor Load(JsonObject state) => MlNetTreeModel.Load(state);

    private IEstimator<ITransformer> Classifier(MLContext ml) => Options.Kind == MlNetTreeKind.LightGbm
        ? ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = MlNetRows.Up, FeatureColumnName = MlNetRows.Features, NumberOfIterations = Options.Trees, NumberOfLeaves = Options.Leaves,
            LearningRate = Options.LearningRate, MinimumExampleCountPerLeaf = Options.MinExamplesPerLeaf, Seed = Options.Seed,
            NumberOfThreads = Threads, Deterministic = true, Silent = true,
        })
        : ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = MlNetRows.Up, FeatureColumnName = MlNetRows.Features, NumberOfTrees = Options.Trees, NumberOfLeaves = Options.Leaves,
            LearningRate = Options.LearningRate, MinimumExampleCountPerLeaf = Options.MinExamplesPerLeaf, Seed = Options.Seed, NumberOfThreads = Threads,
        });

    private IEstimator<ITransformer> Regressor(MLContext ml) => Options.Kind == MlNetTreeKind.LightGbm
        ? ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
        {
            LabelColumnName = MlNetRows.Return, FeatureColumnName = MlNetRows.Features, NumberOfIterations = Options.Trees, NumberOfLeaves = Options.Leaves,
            LearningRate = Options.LearningRate, MinimumExampleCountPerLeaf = Options.MinExamplesPerLeaf, Seed = Options.Seed,
            NumberOfThreads = Threads, Deterministic = true, Silent = true,
        })
        : ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        {
            LabelColumnName = MlNetRows.Return, FeatureColumnName = MlNetRows.Features, NumberOfTrees = Options.Trees, NumberOfLeaves = Options.Leaves,
            LearningRate = Options.LearningRate, MinimumExampleCountPerLeaf = Options.MinExamplesPerLeaf, Seed = Options.Seed, NumberOfThreads = Threads,
        });

    private int? Threads => Options.Threads > 0 ? Options.Threads : null;
}
