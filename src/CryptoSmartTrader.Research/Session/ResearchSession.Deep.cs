using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Models.Torch;
using CryptoSmartTrader.Models.Torch.Predictors;
using CryptoSmartTrader.Models.Training;

namespace CryptoSmartTrader.Research.Session;

public sealed partial class ResearchSession
{
    /// <summary>Null when the deep models (lstm, transformer, nbeats on TorchSharp's libtorch) can run here, else why not — check it before <see cref="TrainDeep"/>.</summary>
    public static string? DeepModelsUnavailable
    {
        get
        {
            var availability = TorchRuntime.Availability;
            return availability.IsAvailable ? null : availability.Detail;
        }
    }

    /// <summary>
    /// Trains a deep sequence model per horizon (<paramref name="kind"/>: lstm, transformer or nbeats) exactly as
    /// <c>cst train --model-type KIND</c> does: each sample is the <paramref name="window"/> bars of one symbol ending at
    /// its bar (windows with a gap are dropped), pooled over symbols, walk-forward with out-of-fold calibration and
    /// conformal intervals, plus the naive baselines. The bundle is not stored: pass it to <see cref="Save"/>.
    /// <paramref name="threads"/>: libtorch CPU threads (0: its default; 1 is often faster on a busy shared machine).
    /// Throws <see cref="InvalidOperationException"/> with the reason when libtorch is unavailable (see <see cref="DeepModelsUnavailable"/>).
    /// </summary>
    public ModelBundle TrainDeep(IReadOnlyList<CandleSeries> series, string name, string horizons, DateTimeOffset from, DateTimeOffset to,
        string kind = "lstm", int epochs = 10, int window = 24, int hidden = 32, string features = "ta", TimeSpan? stride = null, int seed = 1,
        int threads = 0, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (to <= from)
        {
            throw new ArgumentException($"TrainDeep: to {to:O} must be after from {from:O}", nameof(to));
        }

        var modelKind = kind.Trim().ToLowerInvariant() switch
        {
            "lstm" => TorchModelKind.Lstm,
            "transformer" => TorchModelKind.Transformer,
            "nbeats" => TorchModelKind.NBeats,
            _ => throw new ArgumentException($"TrainDeep: kind: expected lstm, transformer or nbeats, got '{kind}'", nameof(kind)),
        };
        var options = new TorchPredictorOptions
        {
            Kind = modelKind, Epochs = epochs, Window = window, Hidden = hidden, Heads = TorchPredictorOptions.HeadsFor(Math.Max(1, hidden)),
            Seed = unchecked((ulong)seed), Threads = threads,
        };
        if (TorchPredictor.TryCreate(options) is { IsAvailable: false } unavailable)
        {
            throw new InvalidOperationException(unavailable.Unavailable);
        }

        var (sets, descriptor) = ResolveModelFeatures(features);
        var frames = series.Select(s => FeatureFrames.Compute(sets, s)).ToArray();
        return MultiHorizonTrainer.Train(frames, new TrainingRequest
        {
            Name = name,
            Horizons = ParseHorizons(horizons),
            FeatureSet = descriptor,
            Predictor = _ => TorchPredictor.TryCreate(options).Predictor!,
            Dataset = new DatasetOptions { From = from, LabelsEndBy = to, Stride = stride, SequenceLength = window },
            Seed = seed,
            Hyperparameters = options.Describe(),
        }, Time, progress, cancellationToken);
    }
}
