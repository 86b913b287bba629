using BenchmarkDotNet.Attributes;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Torch;
using CryptoSmartTrader.Models.Torch.Predictors;

namespace CryptoSmartTrader.Benchmarks.Torch;

/// <summary>
/// CPU training of the deep predictors: one epoch (plus the validation pass) on 4,096 windows of 32 bars × 32 features,
/// batch 256, width 64. Synthetic benchmark-only rows (a weak linear signal) from <see cref="Models.ModelBenchmarkData"/>.
/// </summary>
[MemoryDiagnoser]
public class TorchTrainingBenchmarks
{
    private TrainingSet _data = null!;

    [Params(TorchModelKind.Lstm, TorchModelKind.Transformer, TorchModelKind.NBeats)]
    public TorchModelKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        if (!TorchRuntime.Availability.IsAvailable)
        {
            throw new InvalidOperationException($"libtorch shim unavailable: {TorchRuntime.Availability.Detail}");
        }

        TorchRuntime.SetThreads(2);
        _data = Models.ModelBenchmarkData.Rows(4096, 32, seed: 5);
    }

    [Benchmark]
    public double TrainOneEpoch()
    {
        var options = new TorchPredictorOptions
        {
            Kind = Kind, Window = 32, Hidden = 64, Heads = 4, Layers = 1, Dropout = 0.1, Epochs = 1, BatchSize = 256,
            ValidationFraction = 0.2, BlocksPerStack = 2,
        };
        using var model = TorchPredictor.TryCreate(options).Predictor!.Fit(_data);
        return model.Predict(new(_data.X.Data.AsSpan(0, 32 * 8).ToArray(), 8, 32)).ProbabilityUp[0];
    }
}
