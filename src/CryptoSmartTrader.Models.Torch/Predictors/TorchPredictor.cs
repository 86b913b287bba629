using CryptoSmartTrader.Models.Predictors;

namespace CryptoSmartTrader.Models.Torch.Predictors;

/// <summary>
/// A deep sequence predictor (LSTM, Transformer encoder or N-BEATS) behind the Models layer's <see cref="IPredictor"/>.
/// Rows given to <see cref="Fit"/> and to Predict must be consecutive bars of one series in time order: each row's
/// input window is cut from the rows before it. Use <see cref="TryCreate"/> to learn whether libtorch is usable here.
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
            return new TorchPredictorResult(null, $"{KindName(options.Kind)} unavailable: CUDA requested but this libtorch sees no CUDA device");
        }

        TorchPredictors.RegisterLoaders();
        return new TorchPredictorResult(new TorchPredictor(options), null);
    }

    public IFittedPredictor Fit(TrainingSet data, CancellationToken cancellationToken = default) => FitWithOutcome(data, cancellationToken).Model;

    /// <summary>Fits and also reports how early stopping ended.</summary>
    public (TorchFittedPredictor Model, TrainingOutcome Outcome) FitWithOutcome(TrainingSet data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        TorchRuntime.ManualSeed(options.Seed);
        var windows = WindowBuilder.Fit(data.X, options.Window);
        var returnScale = ReturnScale(data.Returns);
        var net = NetworkFactory.Create(options, data.X.Cols);
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
