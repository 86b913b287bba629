using System.Text.Json.Nodes;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;

namespace CryptoSmartTrader.Models.Tests.Predictors;

public sealed class PredictorTests
{
    public static TheoryData<string> Kinds => new() { "linear", "xgboost", "ensemble", "naive-majority", "naive-persistence", "naive-zero" };

    internal static IPredictor Create(string kind) => kind switch
    {
        "linear" => new LinearPredictor(),
        "xgboost" => new XGBoostPredictor(new XGBoostParameters { Rounds = 20, Seed = 3, Threads = 1 }),
        "ensemble" => new EnsemblePredictor(s => new XGBoostPredictor(new XGBoostParameters { Rounds = 10, Seed = s, Threads = 1 }), 3, 11, bootstrap: true),
        "naive-majority" => new NaivePredictor(NaiveKind.MajorityDirection),
        "naive-persistence" => new NaivePredictor(NaiveKind.Persistence),
        _ => new NaivePredictor(NaiveKind.ZeroReturn),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Saved_models_predict_the_same_after_loading(string kind)
    {
        var (set, _) = SyntheticProblems.Logistic(600, 1);
        using var fitted = Create(kind).Fit(set);
        Assert.Equal(kind, fitted.Kind);
        var before = fitted.Predict(set.X);
        var json = fitted.Save().ToJsonString();
        using var loaded = PredictorStore.Load((JsonObject)JsonNode.Parse(json)!);
        var after = loaded.Predict(set.X);
        Assert.Equal(before.ProbabilityUp, after.ProbabilityUp);
        Assert.Equal(before.ExpectedReturn, after.ExpectedReturn);
        Assert.All(before.ProbabilityUp, p => Assert.InRange(p, 0, 1));
    }

    [Fact]
    public void Logistic_regression_recovers_the_generating_coefficients()
    {
        // True model: logit P(up) = 2·x0 − x1 on unit-variance inputs; the fitted probabilities should match the truth closely.
        var (set, _) = SyntheticProblems.Logistic(20_000, 2);
        var (test, truth) = SyntheticProblems.Logistic(2000, 3);
        using var m = new LinearPredictor(logisticLambda: 0).Fit(set);
        var p = m.Predict(test.X).ProbabilityUp;
        var mae = p.Zip(truth).Average(t => Math.Abs(t.First - t.Second));
        Assert.True(mae < 0.02, $"mean |p − p_true| = {mae}");
    }

    [Fact]
    public void Ridge_matches_the_closed_form_on_a_hand_example()
    {
        // y = 1 + 2x exactly (x = 0,1,2,3): with no penalty ridge is OLS, so the prediction at x = 4 is 9.
        var x = new FeatureRows([0, 1, 2, 3], 4, 1);
        var set = new TrainingSet(x, [0, 1, 1, 1], [1, 3, 5, 7], ["x"]);
        using var m = new LinearPredictor(ridgeLambda: 0).Fit(set);
        Assert.Equal(9, m.Predict(new FeatureRows([4], 1, 1)).ExpectedReturn[0], 6);
    }

    [Fact]
    public void Naive_baselines_use_training_frequencies()
    {
        var x = new FeatureRows([0.01, 0.02, -0.01, -0.03, 0.01], 5, 1);
        var set = new TrainingSet(x, [1, 1, 0, 1, 0], [0.02, 0.01, -0.01, 0.03, -0.02], [DatasetOptions.LagReturnColumn]);
        using var majority = new NaivePredictor(NaiveKind.MajorityDirection).Fit(set);
        Assert.Equal(0.6, majority.Predict(x).ProbabilityUp[0], 12);
        Assert.Equal(0.006, majority.Predict(x).ExpectedReturn[0], 12);

        // After an up move: 2 of 3 went up; Laplace prior (1 + 2) / (2 + 3) = 0.6. After a down move: (1 + 1) / (2 + 2) = 0.5.
        using var persistence = new NaivePredictor(NaiveKind.Persistence).Fit(set);
        var out1 = persistence.Predict(new FeatureRows([0.05, -0.05], 2, 1));
        Assert.Equal([0.6, 0.5], out1.ProbabilityUp);
        Assert.Equal([0.05, -0.05], out1.ExpectedReturn);

        using var zero = new NaivePredictor(NaiveKind.ZeroReturn).Fit(set);
        Assert.Equal(0.5, zero.Predict(x).ProbabilityUp[4]);
        Assert.Equal(0, zero.Predict(x).ExpectedReturn[4]);
    }

    [Fact]
    public void Ensemble_reports_member_disagreement()
    {
        var (set, _) = SyntheticProblems.Logistic(500, 4);
        using var m = Create("ensemble").Fit(set);
        var o = m.Predict(set.X);
        Assert.NotNull(o.ProbabilitySpread);
        Assert.Contains(o.ProbabilitySpread!, s => s > 0);
    }

    [Fact]
    public void Bad_inputs_are_rejected()
    {
        var (set, _) = SyntheticProblems.Logistic(100, 5);
        using var m = new LinearPredictor().Fit(set);
        Assert.Throws<ArgumentException>(() => m.Predict(new FeatureRows([1, 2], 1, 2)));
        Assert.Throws<ArgumentException>(() => new NaivePredictor(NaiveKind.Persistence).Fit(new TrainingSet(new FeatureRows([1], 1, 1), [1], [1], ["x"])));
        Assert.Throws<FormatException>(() => PredictorStore.Load(new JsonObject { ["kind"] = "nope" }));
        Assert.Throws<ArgumentException>(() => new TrainingSet(new FeatureRows([1, 2], 2, 1), [1], [1, 2], ["x"]));
    }
}
