using BenchmarkDotNet.Attributes;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Torch;
using CryptoSmartTrader.Models.Torch.Predictors;

namespace CryptoSmartTrader.Benchmarks.Torch;

/// <summary>
/// CPU training of the deep predictors: one epoch (plus the validation pass) on 1,024 rows (819 train, 205 validation),
/// windows of 16 bars × 32 features, batch 128, width 32 — small enough to measure on the shared 2-core machine. Synthetic benchmark-only rows (a weak linear signal) from <see cref="Models.ModelBenchmarkData"/>.
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
            throw new InvalidOperationException($"TorchSharp unavailable: {TorchRuntime.Availability.Detail}");
        }

        TorchRuntime.SetThreads(2);
        _data = Models.ModelBenchmarkData.Rows(1024, 32, seed: 5);
    }

    [Benchmark]
    public double TrainOneEpoch()
    {
        var options = new TorchPredictorOptions
        {
            Kind = Kind, Window = 16, Hidden = 32, Heads = 4, Layers = 1, Dropout = 0.1, Epochs = 1, BatchSize = 128,
            ValidationFraction = 0.2, BlocksPerStack = 2,
        };
        using var model = TorchPredictor.TryCreate(options).Predictor!.Fit(_data);
        return model.Predict(new(_data.X.Data.AsSpan(0, 32 * 8).ToArray(), 8, 32)).ProbabilityUp[0];
    }
}
