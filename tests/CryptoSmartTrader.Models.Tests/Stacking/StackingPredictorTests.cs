using System.Text.Json.Nodes;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Evaluation;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Stacking;

namespace CryptoSmartTrader.Models.Tests.Stacking;

public sealed class StackingPredictorTests
{
    private static StackingPredictor InformativeAndNoise() => new(
    [
        new StackingBase("informative", new ColumnSubsetPredictor(new LinearPredictor(), ["x0"])),
        new StackingBase("noise", new ColumnSubsetPredictor(new LinearPredictor(), ["x2"])),
    ]);

    [Fact]
    public void Meta_learner_weights_the_informative_base_and_not_the_noise_base()
    {
        var train = StackingFixtures.Graded(3000, seed: 1);
        using var fitted = (StackedModel)InformativeAndNoise().Fit(train);
        // P(up | x0) = Φ(0.5·x0), so a calibrated base has logit ≈ 1.7·0.5·x0: its standardised weight should be near 0.85.
        var w = fitted.MetaWeights;
        Assert.True(w["informative@1h"] > 0.5, $"informative weight {w["informative@1h"]}");
        Assert.True(Math.Abs(w["noise@1h"]) < 0.1 * w["informative@1h"], $"noise weight {w["noise@1h"]} vs informative {w["informative@1h"]}");

        // Out of sample the stack ranks like the informative base: up = [0.5·x0 + ε > 0] has a Bayes AUC of about 0.70
        // (numerical integration); a stack that listened to the noise base would sit near 0.5.
        var test = StackingFixtures.Graded(2000, seed: 2);
        Assert.True(ForecastMetrics.Auc(fitted.Predict(test.X).ProbabilityUp, test.Up) > 0.66);
    }

    [Fact]
    public void Save_and_load_give_identical_predictions()
    {
        var train = StackingFixtures.Graded(1500, seed: 3);
        var stack = new StackingPredictor(
        [
            new StackingBase("xgb", new XGBoostPredictor(new XGBoostParameters { Rounds = 15, Threads = 1, Seed = 1, MinChildWeight = 5 })),
            new StackingBase("linear", new LinearPredictor()),
            new StackingBase("persistence", new NaivePredictor(NaiveKind.Persistence)),
        ]);
        using var fitted = stack.Fit(train);
        var text = fitted.Save().ToJsonString();
        using var loaded = PredictorStore.Load((JsonObject)JsonNode.Parse(text)!);
        var test = StackingFixtures.Graded(300, seed: 4).X;
        var a = fitted.Predict(test);
        var b = loaded.Predict(test);
        Assert.Equal(StackingPredictor.KindName, loaded.Kind);
        Assert.Equal(a.ProbabilityUp, b.ProbabilityUp);
        Assert.Equal(a.ExpectedReturn, b.ExpectedReturn);
        Assert.Equal(text, loaded.Save().ToJsonString());
    }

    [Fact]
    public void Other_horizons_join_the_meta_features()
    {
        var train = StackingFixtures.Graded(1500, seed: 5);
        var other = train.Returns.Select((r, i) => i % 7 == 0 ? double.NaN : 2 * r).ToArray();
        train = train with { OtherHorizons = [new OtherHorizonLabels(Horizon.H24, other)] };
        var stack = new StackingPredictor([new StackingBase("linear", new LinearPredictor())], new StackingOptions { OtherHorizons = [Horizon.H24] });
        using var fitted = (StackedModel)stack.Fit(train);
        Assert.Equal(["linear@1h", "linear@24h"], fitted.MetaColumns);
        Assert.Equal(2, fitted.MetaWeights.Count);
    }

    [Fact]
    public void Bad_inputs_fail_with_messages_naming_them()
    {
        var timed = StackingFixtures.Graded(400, seed: 6);
        var untimed = timed with { Timing = null };
        Assert.Contains("no sample times", Assert.Throws<ArgumentException>(() => InformativeAndNoise().Fit(untimed)).Message);

        var wantsDaily = new StackingPredictor([new StackingBase("linear", new LinearPredictor())], new StackingOptions { OtherHorizons = [Horizon.H24] });
        Assert.Contains("other horizon 24h", Assert.Throws<ArgumentException>(() => wantsDaily.Fit(timed)).Message);

        var tooFew = new StackingPredictor([new StackingBase("linear", new LinearPredictor())], new StackingOptions { MinOutOfFold = 10_000 });
        Assert.Contains("out-of-fold rows", Assert.Throws<ArgumentException>(() => tooFew.Fit(timed)).Message);

        Assert.Throws<ArgumentException>(() => new StackingPredictor([]));
        Assert.Contains("unique", Assert.Throws<ArgumentException>(() => new StackingPredictor(
            [new StackingBase("a", new LinearPredictor()), new StackingBase("a", new LinearPredictor())])).Message);
    }
}
