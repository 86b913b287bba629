using System.Text.Json.Nodes;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Evaluation;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Routing;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Models.Tests.Routing;

public sealed class RegimeRoutedPredictorTests
{
    private static TrainingSet Switching(int rows, int seed)
    {
        var (x, up, ret) = SyntheticTabular.RegimeSwitching(rows, seed);
        return new TrainingSet(new FeatureRows(x, rows, 3), up, ret, ["x0", "x1", "regime"]);
    }

    [Fact]
    public void Routed_models_beat_one_global_model_out_of_sample_when_the_rule_differs_by_regime()
    {
        var train = Switching(6000, seed: 1);
        var test = Switching(3000, seed: 2);
        using var routed = new RegimeRoutedPredictor(new LinearPredictor()).Fit(train);
        using var global = new LinearPredictor().Fit(train);
        var routedAuc = ForecastMetrics.Auc(routed.Predict(test.X).ProbabilityUp, test.Up);
        var globalAuc = ForecastMetrics.Auc(global.Predict(test.X).ProbabilityUp, test.Up);
        var routedLoss = ForecastMetrics.LogLoss(routed.Predict(test.X).ProbabilityUp, test.Up);
        var globalLoss = ForecastMetrics.LogLoss(global.Predict(test.X).ProbabilityUp, test.Up);

        // Per regime the rule is logistic in one feature with slope 2: the Bayes AUC is about 0.8. One linear model
        // over all regimes cannot express the sign flip between regimes 0 and 1.
        Assert.True(routedAuc > 0.75, $"routed AUC {routedAuc}");
        Assert.True(routedAuc > globalAuc + 0.1, $"routed AUC {routedAuc} vs global {globalAuc}");
        Assert.True(routedLoss < globalLoss, $"routed log loss {routedLoss} vs global {globalLoss}");
    }

    [Fact]
    public void Regimes_with_too_few_rows_and_undefined_labels_use_the_global_model()
    {
        var full = Switching(3000, seed: 3);
        var keep = Enumerable.Range(0, full.Count).Where(i => full.X[i, 2] != 2 || i % 50 == 0).ToArray(); // regime 2 keeps ~20 rows
        var train = full.Subset(keep);
        using var routed = (RegimeRoutedModel)new RegimeRoutedPredictor(new LinearPredictor(), new RegimeRoutingOptions { MinRowsPerRegime = 200 }).Fit(train);
        using var global = new LinearPredictor().Fit(train);
        Assert.Equal([0, 1], routed.Regimes.Order());

        var rows = new FeatureRows([0.3, -1.2, 2, 0.3, -1.2, double.NaN, 0.3, -1.2, 9], 3, 3);
        var expected = global.Predict(rows).ProbabilityUp;
        Assert.Equal(expected, routed.Predict(rows).ProbabilityUp);
    }

    [Fact]
    public void Save_and_load_give_identical_predictions()
    {
        var train = Switching(3000, seed: 4);
        var learner = new XGBoostPredictor(new XGBoostParameters { Rounds = 10, Threads = 1, Seed = 1, MinChildWeight = 5 });
        using var fitted = new RegimeRoutedPredictor(learner, new RegimeRoutingOptions { MinRowsPerRegime = 100 }).Fit(train);
        using var loaded = PredictorStore.Load((JsonObject)JsonNode.Parse(fitted.Save().ToJsonString())!);
        var test = Switching(500, seed: 5).X;
        Assert.Equal(RegimeRoutedPredictor.KindName, loaded.Kind);
        Assert.Equal(fitted.Predict(test).ProbabilityUp, loaded.Predict(test).ProbabilityUp);
        Assert.Equal(fitted.Predict(test).ExpectedReturn, loaded.Predict(test).ExpectedReturn);
    }

    [Fact]
    public void A_missing_regime_column_or_bad_threshold_fails_with_a_clear_message()
    {
        var train = Switching(300, seed: 6);
        var noRegime = new TrainingSet(train.X, train.Up, train.Returns, ["x0", "x1", "other"]);
        var ex = Assert.Throws<ArgumentException>(() => new RegimeRoutedPredictor(new LinearPredictor()).Fit(noRegime));
        Assert.Contains("'regime' column", ex.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RegimeRoutedPredictor(new LinearPredictor(), new RegimeRoutingOptions { MinRowsPerRegime = 0 }).Fit(train));
    }
}
