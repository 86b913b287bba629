using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Models.Stacking;
using CryptoSmartTrader.Models.Tests.Training;
using CryptoSmartTrader.Models.Training;
using CryptoSmartTrader.TestKit.Time;

namespace CryptoSmartTrader.Models.Tests.Stacking;

/// <summary>A stack over models and horizons trained by MultiHorizonTrainer, stored in the registry and loaded back.</summary>
public sealed class StackedTrainingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("cst-stack-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_cross_horizon_stack_trains_saves_and_loads_through_the_registry_with_identical_predictions()
    {
        SymbolFrame[] frames = [TrainingFixtures.PredictableFrame("AAA", 1500, 1), TrainingFixtures.PredictableFrame("BBB", 1500, 2)];
        var h4 = new Horizon(TimeSpan.FromHours(4));
        var features = new FeatureSetDescriptor("synthetic", "1", ["signal", "noise"]);
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var bundle = MultiHorizonTrainer.Train(frames, new TrainingRequest
        {
            Name = "stack",
            Horizons = [Horizon.H1, h4],
            FeatureSet = features,
            Predictor = _ => new StackingPredictor(
                [new StackingBase("linear", new LinearPredictor()), new StackingBase("persistence", new NaivePredictor(NaiveKind.Persistence))],
                new StackingOptions { OtherHorizons = [Horizon.H1, h4] }),
            Dataset = new DatasetOptions { FeatureLookback = TimeSpan.FromHours(2) },
            IncludeBaselines = false,
        }, clock);
        Assert.Equal(StackingPredictor.KindName, bundle.Metadata.PredictorKind);
        var stacked = (StackedModel)bundle.Horizons["1h"].Predictor;
        Assert.Equal(["linear@1h", "persistence@1h", "linear@4h", "persistence@4h"], stacked.MetaColumns);
        // The signal predicts the next bar: the stack leans on the linear 1h base.
        Assert.True(stacked.MetaWeights["linear@1h"] > 0.5, $"weights {string.Join(", ", stacked.MetaWeights)}");

        var registry = new ModelRegistry(_root, clock);
        Assert.True(registry.Save(bundle).Ok);
        var loaded = registry.Load("stack", features);
        Assert.True(loaded.Ok, loaded.Error);
        using var copy = loaded.Value!;
        var rows = DatasetBuilder.Build(frames, new DatasetOptions { Horizon = Horizon.H1, FeatureLookback = TimeSpan.FromHours(2) }).X;
        foreach (var code in new[] { "1h", "4h" })
        {
            var a = bundle.Horizons[code].Score(rows);
            var b = copy.Horizons[code].Score(rows);
            Assert.Equal(a.ProbabilityUp, b.ProbabilityUp);
            Assert.Equal(a.ExpectedReturn, b.ExpectedReturn);
            Assert.Equal(a.Confidence, b.Confidence);
        }
    }
}
