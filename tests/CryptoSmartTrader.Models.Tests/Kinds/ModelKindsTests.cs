using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Kinds;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Models.Routing;
using CryptoSmartTrader.Models.Stacking;

namespace CryptoSmartTrader.Models.Tests.Kinds;

/// <summary>The one list of model kinds: found, created for training, recreated from a stored model's metadata for retraining.</summary>
public sealed class ModelKindsTests
{
    private static ModelMetadata Meta(string predictorKind, IReadOnlyDictionary<string, string> hyper, params string[] horizons) => new()
    {
        Name = "m1",
        CreatedAt = DateTimeOffset.UnixEpoch,
        PredictorKind = predictorKind,
        FeatureSet = new FeatureSetDescriptor("ta", "1", ["ret_1"]),
        Horizons = horizons.Length == 0 ? ["1h", "24h"] : horizons,
        Exchange = "binance",
        Timeframe = "1h",
        Symbols = ["BTC/USDT"],
        TrainFrom = DateTimeOffset.UnixEpoch,
        TrainTo = DateTimeOffset.UnixEpoch.AddDays(10),
        DataFingerprints = new Dictionary<string, string>(),
        Hyperparameters = hyper,
        Metrics = [],
        CodeVersion = "test",
        Seed = 7,
    };

    [Fact]
    public void The_built_in_kinds_are_found_without_being_listed()
    {
        Assert.Equal(["xgboost", "linear", "stacked", "regime-routed"], ModelKinds.Names.Take(4));
        Assert.NotNull(ModelKinds.Find("XGBoost", out _));
    }

    [Fact]
    public void An_unknown_kind_names_the_registered_ones()
    {
        Assert.Null(ModelKinds.Find("gru", out var error));
        Assert.StartsWith("expected xgboost, linear, stacked, regime-routed", error, StringComparison.Ordinal);
        Assert.EndsWith("got 'gru'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(XGBoostPredictor.KindName, "xgboost", XGBoostPredictor.KindName)]
    [InlineData(LinearPredictor.KindName, "linear", LinearPredictor.KindName)]
    [InlineData(StackingPredictor.KindName, "stacked", StackingPredictor.KindName)]
    [InlineData(RegimeRoutedPredictor.KindName, "regime-routed", RegimeRoutedPredictor.KindName)]
    public void A_stored_model_of_every_built_in_kind_can_be_recreated_for_retraining(string predictorKind, string recordedKind, string expected)
    {
        var hyper = new Dictionary<string, string>(new XGBoostParameters { Seed = 7, MaxDepth = 5 }.Describe()) { ["kind"] = recordedKind };
        var result = ModelKinds.Recreate(Meta(predictorKind, hyper), rounds: 10);
        Assert.True(result.Ok, result.Error);
        Assert.Equal(expected, result.Predictor!(Horizon.H1).Kind);
        Assert.Equal(recordedKind, result.Recorded["kind"]);
        if (recordedKind != "linear")
        {
            Assert.Equal("10", result.Recorded["rounds"]);
            Assert.Equal("5", result.Recorded["max_depth"]);
            Assert.Equal("1", result.Recorded["nthread"]); // a retrain repeats exactly: one thread
        }
    }

    [Fact]
    public void A_stacked_model_is_recreated_with_its_other_horizons()
    {
        var result = ModelKinds.Recreate(Meta(StackingPredictor.KindName, new Dictionary<string, string> { ["kind"] = "stacked" }, "1h", "24h", "7d"));
        Assert.True(result.Ok, result.Error);
        Assert.IsType<StackingPredictor>(result.Predictor!(Horizon.H24));
    }

    [Fact]
    public void A_recorded_setting_that_does_not_parse_is_named()
    {
        var result = ModelKinds.Recreate(Meta(XGBoostPredictor.KindName, new Dictionary<string, string> { ["max_depth"] = "deep" }));
        Assert.False(result.Ok);
        Assert.Contains("model 'm1': recorded hyperparameter max_depth = 'deep' is not an integer", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kind_that_is_not_registered_cannot_be_recreated()
    {
        var result = ModelKinds.Recreate(Meta("gru", new Dictionary<string, string>()));
        Assert.False(result.Ok);
        Assert.Contains("model 'm1' is a gru model, which cannot be rebuilt here", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Regime_routing_refuses_features_without_the_regime_column()
    {
        var kind = ModelKinds.Find("regime-routed", out _)!;
        Assert.Contains("needs the regime features", kind.CheckFeatures(new FeatureSetDescriptor("ta", "1", ["ret_1"])), StringComparison.Ordinal);
        Assert.Null(kind.CheckFeatures(new FeatureSetDescriptor("all", "1", ["ret_1", "regime"])));
    }

    [Fact]
    public void Another_assembly_registers_its_kind_through_the_hook()
    {
        ModelKinds.Register(new TestKind());
        Assert.Contains("test-kind", ModelKinds.Names);
        var result = ModelKinds.Recreate(Meta("linear", new Dictionary<string, string> { ["kind"] = "test-kind" }));
        Assert.True(result.Ok, result.Error);
        Assert.Equal("test-kind", ModelKinds.NameOf(Meta("linear", new Dictionary<string, string> { ["kind"] = "test-kind" })));
    }

    private sealed class TestKind : IModelKind
    {
        public string Name => "test-kind";
        public string Description => "a kind registered from a test";

        public ModelKindResult Create(ModelKindRequest request) =>
            ModelKindResult.Success(_ => new LinearPredictor(), new Dictionary<string, string> { ["kind"] = Name });
    }
}
