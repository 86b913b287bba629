using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Importance;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Models.Tests.Importance;

public sealed class FeatureImportanceTests
{
    private static readonly string[] Names = ["noise", "weak", "driver", "mid"];

    /// <summary>The label is decided mostly by "driver" (weight 1), less by "mid" (0.5) and "weak" (0.25); "noise" has weight 0.</summary>
    private static TrainingSet Graded(int rows, int seed)
    {
        var (x, up, ret) = SyntheticTabular.Graded(rows, 4, [0, 0.25, 1, 0.5], seed);
        return new TrainingSet(new FeatureRows(x, rows, 4), up, ret, Names);
    }

    private static XGBoostPredictor Xgb(int seed = 1) => new(new XGBoostParameters { Rounds = 60, Threads = 1, Seed = seed, MinChildWeight = 5 });

    [Theory]
    [InlineData(TreeImportanceType.Gain)]
    [InlineData(TreeImportanceType.TotalGain)]
    public void Tree_gain_ranks_the_driver_first_and_noise_last(TreeImportanceType type)
    {
        using var model = Xgb().Fit(Graded(4000, 1));
        var ranked = TreeImportance.Of(model, Names, type);
        Assert.Equal(["driver", "mid", "weak", "noise"], ranked.Select(f => f.Feature));
        Assert.All(ranked, f => Assert.True(f.Score >= 0));
        var returnHead = TreeImportance.Of(model, Names, type, returnHead: true);
        Assert.Equal("driver", returnHead[0].Feature);
        Assert.Equal("noise", returnHead[^1].Feature);
    }

    [Fact]
    public void Split_counts_put_the_driver_first_and_scores_survive_a_save_load_round_trip()
    {
        using var model = Xgb().Fit(Graded(4000, 2));
        var weight = TreeImportance.Of(model, Names, TreeImportanceType.Weight);
        Assert.Equal("driver", weight[0].Feature);
        Assert.All(weight, f => Assert.Equal(Math.Floor(f.Score), f.Score)); // split counts are whole numbers

        using var loaded = PredictorStore.Load((System.Text.Json.Nodes.JsonObject)System.Text.Json.Nodes.JsonNode.Parse(model.Save().ToJsonString())!);
        Assert.Equal(TreeImportance.Of(model, Names), TreeImportance.Of(loaded, Names));
    }

    [Fact]
    public void Ensembles_of_trees_average_their_members()
    {
        using var model = new EnsemblePredictor(Xgb, members: 3, seed: 1, bootstrap: true).Fit(Graded(3000, 3));
        var ranked = TreeImportance.Of(model, Names);
        Assert.Equal("driver", ranked[0].Feature);
        Assert.Equal("noise", ranked[^1].Feature);
        Assert.Equal(1.0, ranked.Sum(f => f.Score), 6); // members normalised to sum 1, then averaged
    }

    [Fact]
    public void Permutation_importance_ranks_the_driver_first_and_noise_last_for_any_model()
    {
        var train = Graded(4000, 4);
        var heldOut = Graded(2000, 5);
        using var linear = new LinearPredictor().Fit(train);
        using var trees = Xgb().Fit(train);
        foreach (var model in new[] { linear, trees })
        {
            var ranked = PermutationImportance.Compute(model, heldOut.X, heldOut.Up, Names, new PermutationOptions { Repeats = 2, Seed = 3 });
            Assert.Equal(["driver", "mid", "weak", "noise"], ranked.Select(f => f.Feature));
            Assert.True(ranked[0].Score > 0.1, $"{model.Kind}: shuffling the driver should cost log loss, got {ranked[0].Score}");
            Assert.InRange(ranked[^1].Score, -0.01, 0.01);
        }
    }

    [Fact]
    public void Bad_inputs_fail_with_clear_messages()
    {
        var train = Graded(500, 6);
        using var linear = new LinearPredictor().Fit(train);
        Assert.Contains("no XGBoost trees", Assert.Throws<ArgumentException>(() => TreeImportance.Of(linear, Names)).Message);
        using var trees = Xgb().Fit(train);
        Assert.Contains("input columns", Assert.Throws<ArgumentException>(() => TreeImportance.Of(trees, ["a", "b"])).Message);
        Assert.Contains("names", Assert.Throws<ArgumentException>(() => PermutationImportance.Compute(linear, train.X, train.Up, ["a"])).Message);
        Assert.Contains("at least 2", Assert.Throws<ArgumentException>(() =>
            PermutationImportance.Compute(linear, train.X.Subset([0]), train.Up.AsSpan(0, 1), Names)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => PermutationImportance.Compute(linear, train.X, train.Up, Names, new PermutationOptions { Repeats = 0 }));
    }
}
