using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;

namespace CryptoSmartTrader.Models.Torch.Predictors;

/// <summary>
/// A deep sequence predictor (LSTM, Transformer encoder or N-BEATS) behind the Models layer's <see cref="IPredictor"/>.
/// Each row holds its own input window: build the dataset with <see cref="DatasetOptions.SequenceLength"/> equal to
/// <see cref="TorchPredictorOptions.Window"/>, so windows are cut per symbol (never across symbols or gaps) and rows can
/// be pooled over symbols and ordered by time for walk-forward. Use <see cref="TryCreate"/> to learn whether libtorch is usable here.
/// </summary>
public sealed class TorchPredictor : IPredictor
{
    private readonly TorchPredictorOptions options;

    private TorchPredictor(TorchPredictorOptions options) => this.options = options;

    public string Kind => KindName(options.Kind);

    public static string KindName(TorchModelKind kind) => kind switch
    {
        TorchModelKind.Lstm => "lstm",
        TorchModelKind.Transformer => "transformer",
        TorchModelKind.NBeats => "nbeats",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The predictor, or the reason the torch backend cannot run on this machine (a result, not an exception).</summary>
    public static TorchPredictorResult TryCreate(TorchPredictorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var availability = TorchRuntime.Availability;
        if (!availability.IsAvailable)
        {
            return new TorchPredictorResult(null, $"{KindName(options.Kind)} unavailable: {availability.Detail}");
        }

        if (options.Device == Tensors.TorchDevice.Cuda && !availability.CudaAvailable)
        {
            return new TorchPredictorResult(null,
                $"{KindName(options.Kind)} unavailable: --device cuda, but libtorch sees no CUDA device (this build references the CPU libtorch; with a CUDA GPU and driver, build with -p:TorchBackend=cuda, see docs/models.md)");
        }

        TorchPredictors.RegisterLoaders();
        return new TorchPredictorResult(new TorchPredictor(options), null);
    }

    public IFittedPredictor Fit(TrainingSet data, CancellationToken cancellationToken = default) => FitWithOutcome(data, cancellationToken).Model;

    /// <summary>Fits and also reports how early stopping ended.</summary>
    public (TorchFittedPredictor Model, TrainingOutcome Outcome) FitWithOutcome(TrainingSet data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var bars = DatasetSchema.SequenceLengthOf(data.ColumnNames);
        if (bars != options.Window)
        {
            throw new ArgumentException(
                $"torch predictor: Window is {options.Window} bars but the rows hold {bars}-bar sequences; build the dataset with DatasetOptions.SequenceLength = {options.Window}",
                nameof(data));
        }

        TorchRuntime.ManualSeed(options.Seed);
        ApplyThreads(options);
        var windows = WindowBuilder.Fit(data.X, options.Window);
        var returnScale = ReturnScale(data.Returns);
        var net = NetworkFactory.Create(options, windows.Features);
        try
        {
            var outcome = TorchTrainer.Train(net, windows, data, returnScale, options, cancellationToken);
            return (new TorchFittedPredictor(options, windows, returnScale, net), outcome);
        }
        catch
        {
            net.Dispose();
            throw;
        }
    }

    internal static void ApplyThreads(TorchPredictorOptions o)
    {
        if (o.Threads > 0)
        {
            TorchRuntime.SetThreads(o.Threads);
        }
    }

    private static double ReturnScale(double[] returns)
    {
        var finite = returns.Where(double.IsFinite).ToArray();
        if (finite.Length < 2)
        {
            throw new ArgumentException("torch predictor: expected at least two finite forward returns", nameof(returns));
        }

        var mean = finite.Average();
        var sd = Math.Sqrt(finite.Sum(r => (r - mean) * (r - mean)) / (finite.Length - 1));
        return sd > 1e-12 ? sd : 1;
    }
}
