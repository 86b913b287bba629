using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Models.Tests.Training;
using CryptoSmartTrader.Models.Training;
using CryptoSmartTrader.TestKit.Time;

namespace CryptoSmartTrader.Models.Tests.Registry;

public sealed class ModelRegistryTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cst-models-" + Guid.NewGuid().ToString("N"));
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2025, 1, 2, 3, 0, 0, TimeSpan.Zero));
    private static readonly FeatureSetDescriptor Features = new("synthetic", "1", ["signal", "noise"]);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static ModelBundle TrainBundle(string name) => MultiHorizonTrainer.Train(
        [TrainingFixtures.PredictableFrame("AAA", 900, 1), TrainingFixtures.PredictableFrame("BBB", 900, 2)],
        new TrainingRequest
        {
            Name = name,
            Horizons = [Horizon.H1, new Horizon(TimeSpan.FromHours(4))],
            FeatureSet = Features,
            Predictor = _ => new XGBoostPredictor(new XGBoostParameters { Rounds = 15, Threads = 1, Seed = 4 }),
            Hyperparameters = new Dictionary<string, string> { ["rounds"] = "15" },
            Dataset = new DatasetOptions { FeatureLookback = TimeSpan.Zero },
            Seed = 4,
        },
        new ManualTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Round_trip_keeps_metadata_and_predictions()
    {
        var registry = new ModelRegistry(_root, _clock);
        using var bundle = TrainBundle("m1");
        Assert.True(registry.Save(bundle).Ok);

        var loaded = registry.Load("m1", Features);
        Assert.True(loaded.Ok, loaded.Error);
        using var copy = loaded.Value!;
        var meta = copy.Metadata;
        Assert.Equal(["1h", "4h"], meta.Horizons);
        Assert.Equal(["AAA/USDT", "BBB/USDT"], meta.Symbols);
        Assert.Equal(ModelState.Candidate, meta.State);
        Assert.Equal("xgboost", meta.PredictorKind);
        Assert.Equal(bundle.Metadata.DataFingerprints, meta.DataFingerprints);
        Assert.Equal(bundle.Metadata.Metrics, meta.Metrics);
        Assert.Equal(bundle.Metadata.TrainFrom, meta.TrainFrom);
        Assert.Equal(4, meta.Metrics.Count(m => m.Horizon == "1h")); // model + 3 baselines

        var data = DatasetBuilder.Build([TrainingFixtures.PredictableFrame("AAA", 200, 9)], new DatasetOptions { Horizon = Horizon.H1, FeatureLookback = TimeSpan.Zero });
        // Same schema as training: rebuild rows with the model's schema (BBB indicator column present, zero here).
        var rows = new double[data.Count * bundle.For(Horizon.H1).Schema.Width];
        var width = bundle.For(Horizon.H1).Schema.Width;
        for (var i = 0; i < data.Count; i++)
        {
            bundle.For(Horizon.H1).Schema.FillRow(rows.AsSpan(i * width, width), data.X.Row(i)[..2], data.X[i, 2], data.SymbolOf(i));
        }

        var x = new FeatureRows(rows, data.Count, width);
        var before = bundle.For(Horizon.H1).Score(x);
        var after = copy.For(Horizon.H1).Score(x);
        Assert.Equal(before.ProbabilityUp, after.ProbabilityUp);
        Assert.Equal(before.Low95, after.Low95);
        Assert.Equal(bundle.Baselines.Keys.Order(), copy.Baselines.Keys.Order());
        Assert.Contains("binary:logistic", File.ReadAllText(Path.Combine(_root, "m1", "horizon-1h.json")));
    }

    [Fact]
    public void Loading_with_a_different_feature_set_fails_clearly()
    {
        var registry = new ModelRegistry(_root, _clock);
        using var bundle = TrainBundle("m2");
        registry.Save(bundle);
        var wrongVersion = registry.Load("m2", Features with { Version = "2" });
        Assert.False(wrongVersion.Ok);
        Assert.Contains("synthetic v1", wrongVersion.Error);
        Assert.Contains("v2", wrongVersion.Error);
        var wrongColumns = registry.Load("m2", Features with { Columns = ["signal", "rsi_14"] });
        Assert.Contains("missing now: [noise]", wrongColumns.Error);
        Assert.Contains("new: [rsi_14]", wrongColumns.Error);
    }

    [Fact]
    public void Lifecycle_candidate_promoted_retired()
    {
        var registry = new ModelRegistry(_root, _clock);
        using var bundle = TrainBundle("m3");
        registry.Save(bundle);
        Assert.False(registry.Save(bundle).Ok); // duplicate name
        Assert.Null(registry.Promoted());

        _clock.Advance(TimeSpan.FromHours(1));
        var promoted = registry.Promote("m3");
        Assert.True(promoted.Ok);
        Assert.Equal(ModelState.Promoted, registry.Show("m3").Value!.State);
        Assert.Equal(_clock.GetUtcNow(), registry.Show("m3").Value!.PromotedAt);
        Assert.Equal("m3", registry.Promoted()!.Name);
        Assert.False(registry.Promote("m3").Ok);

        Assert.True(registry.Retire("m3").Ok);
        Assert.Equal(ModelState.Retired, registry.List().Single().State);
        Assert.Contains("already retired", registry.Retire("m3").Error);
        Assert.Contains("only a candidate", registry.Promote("m3").Error);
    }

    [Theory]
    [InlineData("../evil")]
    [InlineData("")]
    [InlineData(".hidden")]
    public void Bad_names_and_unknown_models_are_errors(string name)
    {
        var registry = new ModelRegistry(_root, _clock);
        Assert.Contains("model name", registry.Show(name).Error);
        Assert.Contains("not found", registry.Show("absent").Error);
        Assert.Empty(registry.List());
    }
}
