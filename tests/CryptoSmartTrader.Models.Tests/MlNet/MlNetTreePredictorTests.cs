using System.Text.Json.Nodes;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Kinds;
using CryptoSmartTrader.Models.MlNet;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Tests.Predictors;

namespace CryptoSmartTrader.Models.Tests.MlNet;

public sealed class MlNetTreePredictorTests
{
    public static TheoryData<MlNetTreeKind> Kinds => new() { MlNetTreeKind.LightGbm, MlNetTreeKind.FastTree };

    private static MlNetTreePredictor Create(MlNetTreeKind kind) =>
        new(new MlNetTreeOptions { Kind = kind, Trees = 60, Leaves = 8, LearningRate = 0.1, MinExamplesPerLeaf = 20, Seed = 3, Threads = 1 });

    private static double Auc(double[] p, double[] truth)
    {
        // Rank-based AUC against the true probability's median split: a learner that recovers the signal ranks well.
        var order = Enumerable.Range(0, p.Length).OrderBy(i => p[i]).ToArray();
        var positives = truth.Select(t => t > 0.5).ToArray();
        double rankSum = 0;
        for (var r = 0; r < order.Length; r++)
        {
            rankSum += positives[order[r]] ? r + 1 : 0;
        }

        var n1 = positives.Count(b => b);
        var n0 = positives.Length - n1;
        return (rankSum - n1 * (n1 + 1) / 2.0) / (n1 * (double)n0);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Both_heads_learn_the_generating_process(MlNetTreeKind kind)
    {
        var (train, _) = SyntheticProblems.Logistic(3000, 1);
        var (test, truth) = SyntheticProblems.Logistic(1000, 2);
        using var fitted = Create(kind).Fit(train);
        var output = fitted.Predict(test.X);

        Assert.True(Auc(output.ProbabilityUp, truth) > 0.85, $"{kind}: AUC against the true probability {Auc(output.ProbabilityUp, truth):F3}");
        Assert.All(output.ProbabilityUp, p => Assert.InRange(p, 0, 1));
        var correlation = MathNet.Numerics.Statistics.Correlation.Pearson(output.ExpectedReturn, test.Returns);
        Assert.True(correlation > 0.7, $"{kind}: return correlation {correlation:F3}");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Saved_models_reload_by_kind_with_identical_predictions(MlNetTreeKind kind)
    {
        var (set, _) = SyntheticProblems.Logistic(600, 1);
        using var fitted = Create(kind).Fit(set);
        Assert.Equal(MlNetTreeOptions.KindName(kind), fitted.Kind);
        using var loaded = PredictorStore.Load((JsonObject)JsonNode.Parse(fitted.Save().ToJsonString())!);

        Assert.Equal(fitted.Kind, loaded.Kind);
        Assert.Equal(fitted.Predict(set.X).ProbabilityUp, loaded.Predict(set.X).ProbabilityUp);
        Assert.Equal(fitted.Predict(set.X).ExpectedReturn, loaded.Predict(set.X).ExpectedReturn);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Seeded_training_repeats_exactly(MlNetTreeKind kind)
    {
        var (set, _) = SyntheticProblems.Logistic(600, 1);
        using var first = Create(kind).Fit(set);
        using var second = Create(kind).Fit(set);
        Assert.Equal(first.Predict(set.X).ProbabilityUp, second.Predict(set.X).ProbabilityUp);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Missing_feature_values_are_accepted_in_training_and_prediction(MlNetTreeKind kind)
    {
        var (set, _) = SyntheticProblems.Logistic(600, 1);
        var data = (double[])set.X.Data.Clone();
        for (var i = 0; i < data.Length; i += 7)
        {
            data[i] = double.NaN;
        }

        var withGaps = new TrainingSet(new FeatureRows(data, set.X.Rows, set.X.Cols), set.Up, set.Returns, set.ColumnNames);
        using var fitted = Create(kind).Fit(withGaps);
        var output = fitted.Predict(withGaps.X);
        Assert.All(output.ProbabilityUp, p => Assert.True(p is >= 0 and <= 1, $"probability {p}"));
        Assert.All(output.ExpectedReturn, r => Assert.True(double.IsFinite(r)));
    }

    [Fact]
    public void Predicting_rows_with_another_column_count_is_rejected()
    {
        var (set, _) = SyntheticProblems.Logistic(300, 1);
        using var fitted = Create(MlNetTreeKind.LightGbm).Fit(set);
        var e = Assert.Throws<ArgumentException>(() => fitted.Predict(new FeatureRows(new double[6], 2, 3)));
        Assert.Contains("lightgbm model: expected 4 columns, got 3", e.Message);
    }

    [Fact]
    public void Non_finite_training_returns_are_rejected()
    {
        var (set, _) = SyntheticProblems.Logistic(300, 1);
        var returns = (double[])set.Returns.Clone();
        returns[5] = double.NaN;
        var bad = new TrainingSet(set.X, set.Up, returns, set.ColumnNames);
        var e = Assert.Throws<ArgumentException>(() => Create(MlNetTreeKind.FastTree).Fit(bad));
        Assert.Contains("fasttree predictor: every training return must be finite", e.Message);
    }

    [Fact]
    public void Invalid_options_are_rejected_with_the_setting_named()
    {
        Assert.Contains("Trees", Assert.Throws<ArgumentException>(() => new MlNetTreePredictor(new MlNetTreeOptions { Trees = 0 })).Message);
        Assert.Contains("Leaves", Assert.Throws<ArgumentException>(() => new MlNetTreePredictor(new MlNetTreeOptions { Leaves = 1 })).Message);
        Assert.Contains("LearningRate", Assert.Throws<ArgumentException>(() => new MlNetTreePredictor(new MlNetTreeOptions { LearningRate = 0 })).Message);
        Assert.Contains("MinExamplesPerLeaf", Assert.Throws<ArgumentException>(() => new MlNetTreePredictor(new MlNetTreeOptions { MinExamplesPerLeaf = 0 })).Message);
        Assert.Contains("Threads", Assert.Throws<ArgumentException>(() => new MlNetTreePredictor(new MlNetTreeOptions { Threads = -1 })).Message);
    }

    [Fact]
    public void A_saved_model_whose_zip_is_damaged_fails_naming_the_expected_format()
    {
        var (set, _) = SyntheticProblems.Logistic(300, 1);
        using var fitted = Create(MlNetTreeKind.LightGbm).Fit(set);
        var state = fitted.Save();
        state["classifier"] = Convert.ToBase64String("not a zip"u8.ToArray());
        var e = Assert.Throws<FormatException>(() => PredictorStore.Load(state));
        Assert.Contains("'classifier' is not an ML.NET model zip", e.Message);

        state["classifier"] = "%%%";
        Assert.Contains("is not base64", Assert.Throws<FormatException>(() => PredictorStore.Load(state)).Message);
    }

    [Theory]
    [InlineData("lightgbm")]
    [InlineData("fasttree")]
    public void The_kinds_are_registered_and_recreated_from_their_recorded_settings(string name)
    {
        var kind = ModelKinds.Find(name, out var error);
        Assert.True(kind is not null, error);
        Assert.False(kind!.SupportsSearch);
        Assert.Equal(1, kind.SequenceLength(new ModelKindRequest()));

        var first = kind.Create(new ModelKindRequest { Seed = 7, Settings = new Dictionary<string, string> { ["leaves"] = "4" } });
        Assert.True(first.Ok, first.Error);
        Assert.Equal(name, first.Recorded["kind"]);
        Assert.Equal("4", first.Recorded["leaves"]);
        Assert.Equal("7", first.Recorded["seed"]);

        // A retrain rebuilds the same options from what was recorded, single-threaded.
        var again = kind.Create(new ModelKindRequest { Seed = 1, Settings = first.Recorded, Deterministic = true });
        var options = Assert.IsType<MlNetTreePredictor>(again.Predictor!(CryptoSmartTrader.Core.Research.Horizon.Parse("1h"))).Options;
        Assert.Equal((4, 7, 1), (options.Leaves, options.Seed, options.Threads));
    }

    [Fact]
    public void A_recorded_setting_that_does_not_parse_or_is_out_of_range_is_named()
    {
        var kind = ModelKinds.Find("lightgbm", out _)!;
        var bad = kind.Create(new ModelKindRequest { Settings = new Dictionary<string, string> { ["trees"] = "many" } });
        Assert.Contains("trees = 'many' is not an integer", bad.Error);
        var zero = kind.Create(new ModelKindRequest { Settings = new Dictionary<string, string> { ["leaves"] = "1" } });
        Assert.Contains("Leaves must be at least 2", zero.Error);
    }
}
