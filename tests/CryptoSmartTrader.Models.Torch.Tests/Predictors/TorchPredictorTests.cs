using System.Text.Json.Nodes;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Torch.Networks;
using CryptoSmartTrader.Models.Torch.Predictors;
using CryptoSmartTrader.Models.Torch.Tensors;

namespace CryptoSmartTrader.Models.Torch.Tests.Predictors;

public sealed class TorchPredictorTests
{
    private static readonly TorchPredictorOptions Small = new()
    {
        Window = 4, Hidden = 16, Heads = 2, Dropout = 0.0, Epochs = 25, BatchSize = 32, LearningRate = 1e-2, Patience = 25, Threads = 1,
    };

    private static TorchPredictor Create(TorchPredictorOptions options)
    {
        var result = TorchPredictor.TryCreate(options);
        Assert.True(result.IsAvailable, result.Unavailable);
        return result.Predictor!;
    }

    [TorchFact]
    public void Lstm_learns_that_the_label_is_the_sign_two_steps_back()
    {
        var data = SequenceData.LaggedSign();
        using var model = Create(Small).Fit(data.Train);
        Assert.True(data.HeldOutAccuracy(model.Predict(data.All)) > 0.9);
    }

    [TorchFact]
    public void Transformer_learns_the_lagged_sign_rule()
    {
        var data = SequenceData.LaggedSign();
        using var model = Create(Small with { Kind = TorchModelKind.Transformer }).Fit(data.Train);
        var accuracy = data.HeldOutAccuracy(model.Predict(data.All));
        Assert.True(accuracy > 0.85, $"held-out accuracy {accuracy:F3}");
    }

    [TorchFact]
    public void NBeats_predictor_learns_the_lagged_sign_rule()
    {
        var data = SequenceData.LaggedSign();
        using var model = Create(Small with { Kind = TorchModelKind.NBeats, Stacks = [NBeatsStack.Generic], BlocksPerStack = 1 }).Fit(data.Train);
        var accuracy = data.HeldOutAccuracy(model.Predict(data.All));
        Assert.True(accuracy > 0.85, $"held-out accuracy {accuracy:F3}");
    }

    [TorchFact]
    public void Saved_models_reload_through_the_predictor_store_with_identical_predictions()
    {
        var data = SequenceData.LaggedSign(count: 200, train: 150);
        using var model = Create(Small with { Epochs = 3 }).Fit(data.Train);
        var text = model.Save().ToJsonString();
        using var loaded = PredictorStore.Load((JsonObject)JsonNode.Parse(text)!);

        Assert.Equal("lstm", loaded.Kind);
        var a = model.Predict(data.All);
        var b = loaded.Predict(data.All);
        Assert.Equal(a.ProbabilityUp, b.ProbabilityUp);
        Assert.Equal(a.ExpectedReturn, b.ExpectedReturn);
    }

    [TorchFact]
    public void Models_saved_by_the_removed_libtorch_shim_fail_with_a_message_naming_their_format()
    {
        var data = SequenceData.LaggedSign(count: 100, train: 80);
        using var model = Create(Small with { Epochs = 1 }).Fit(data.Train);
        var state = model.Save();
        state.Remove("parameterFormat");
        // The shim wrote a libtorch C++ archive (a zip); nothing marked its format.
        state["parameters"] = Convert.ToBase64String("PK\u0003\u0004archive"u8.ToArray());

        var e = Assert.Throws<FormatException>(() => PredictorStore.Load((JsonObject)JsonNode.Parse(state.ToJsonString())!));
        Assert.Contains("libtorch C++ archive from the removed libcst_torch shim", e.Message);
        Assert.Contains("retrain", e.Message);
    }

    [TorchFact]
    public void Repeated_prediction_leaves_no_tensors_behind()
    {
        var data = SequenceData.LaggedSign(count: 1200, train: 150);
        using var model = (TorchFittedPredictor)Create(Small with { Epochs = 2, Dropout = 0.2, McSamples = 3 }).Fit(data.Train);
        model.Predict(data.All);
        var live = TorchSharp.DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        model.Predict(data.All);
        model.PredictQuantiles(data.All);
        Assert.Equal(live, TorchSharp.DisposeScopeManager.Statistics.ThreadTotalLiveCount);
    }

    [TorchFact]
    public void Seeded_cpu_training_is_reproducible_and_the_seed_matters()
    {
        var data = SequenceData.LaggedSign(count: 200, train: 150);
        var options = Small with { Epochs = 3, Dropout = 0.2 };
        using var first = Create(options).Fit(data.Train);
        using var second = Create(options).Fit(data.Train);
        using var other = Create(options with { Seed = 99 }).Fit(data.Train);

        Assert.Equal(first.Predict(data.All).ProbabilityUp, second.Predict(data.All).ProbabilityUp);
        Assert.NotEqual(first.Predict(data.All).ProbabilityUp, other.Predict(data.All).ProbabilityUp);
    }

    [TorchFact]
    public void Early_stopping_watches_the_validation_slice_and_stops_when_there_is_nothing_to_learn()
    {
        // Window 1 cannot see the sign three steps back: validation loss stops improving quickly.
        var data = SequenceData.LaggedSign(count: 300, train: 300, lag: 3, window: 1);
        var (model, outcome) = Create(Small with { Window = 1, Epochs = 200, Patience = 3 }).FitWithOutcome(data.Train);
        using (model)
        {
            Assert.True(outcome.EpochsRun < 200, $"ran {outcome.EpochsRun} epochs");
            Assert.Equal(outcome.BestEpoch + 3, outcome.EpochsRun);
        }
    }

    [TorchFact]
    public void Mc_dropout_reports_a_probability_spread_and_quantiles_are_ordered()
    {
        var data = SequenceData.LaggedSign(count: 200, train: 150);
        using var model = (TorchFittedPredictor)Create(Small with { Epochs = 5, Dropout = 0.3, McSamples = 8 }).Fit(data.Train);
        var output = model.Predict(data.All);
        Assert.NotNull(output.ProbabilitySpread);
        Assert.Contains(output.ProbabilitySpread!, s => s > 0);

        var quantiles = model.PredictQuantiles(data.All);
        Assert.True(quantiles.Count(q => q[0] < q[2]) > quantiles.Length * 0.9);
    }

    [TorchFact]
    public void Predicting_with_the_wrong_number_of_columns_is_rejected()
    {
        var data = SequenceData.LaggedSign(count: 100, train: 80);
        using var model = Create(Small with { Epochs = 1 }).Fit(data.Train);
        var e = Assert.Throws<ArgumentException>(() => model.Predict(new FeatureRows(new double[9], 3, 3)));
        Assert.Contains("expected 8 columns (4 bars × 2 feature columns)", e.Message);
    }

    [TorchFact]
    public void Training_rows_whose_sequence_length_differs_from_the_window_are_rejected_with_the_fix_named()
    {
        var data = SequenceData.LaggedSign(count: 100, train: 80, window: 1);
        var e = Assert.Throws<ArgumentException>(() => Create(Small with { Epochs = 1 }).Fit(data.Train));
        Assert.Contains("Window is 4 bars but the rows hold 1-bar sequences", e.Message);
        Assert.Contains("SequenceLength = 4", e.Message);
    }

    [Fact]
    public void Invalid_options_are_rejected_with_the_setting_named()
    {
        Assert.Contains("Window", Assert.Throws<ArgumentException>(() => TorchPredictor.TryCreate(Small with { Window = 0 })).Message);
        Assert.Contains("Heads", Assert.Throws<ArgumentException>(() => TorchPredictor.TryCreate(Small with { Hidden = 10, Heads = 4 })).Message);
        Assert.Contains("ValidationFraction", Assert.Throws<ArgumentException>(() => TorchPredictor.TryCreate(Small with { ValidationFraction = 0 })).Message);
        Assert.Contains("Threads", Assert.Throws<ArgumentException>(() => TorchPredictor.TryCreate(Small with { Threads = -1 })).Message);
    }

    [TorchFact]
    public void Cuda_without_a_cuda_device_is_reported_unavailable_not_thrown()
    {
        if (TorchRuntime.Availability.CudaAvailable)
        {
            return;
        }

        var result = TorchPredictor.TryCreate(Small with { Device = TorchDevice.Cuda });
        Assert.False(result.IsAvailable);
        Assert.Contains("CUDA", result.Unavailable);
    }
}
