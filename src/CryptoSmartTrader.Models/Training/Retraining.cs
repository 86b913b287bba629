using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Drift;
using CryptoSmartTrader.Models.Registry;

namespace CryptoSmartTrader.Models.Training;

/// <summary>The function the bot's scheduler calls: retrain when the advice says so and store the result as a candidate.</summary>
public static class Retraining
{
    /// <summary>Returns the stored candidate's metadata, null when no retraining was advised, or the registry's error.</summary>
    public static RegistryResult<ModelMetadata?> RetrainIfAdvised(RetrainAdvice advice, IReadOnlyList<SymbolFrame> frames, TrainingRequest request,
        ModelRegistry registry, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(registry);
        if (!advice.Retrain)
        {
            return RegistryResult<ModelMetadata?>.Success(null);
        }

        using var bundle = MultiHorizonTrainer.Train(frames, request, timeProvider, cancellationToken: cancellationToken);
        var saved = registry.Save(bundle);
        return saved.Ok ? RegistryResult<ModelMetadata?>.Success(saved.Value) : RegistryResult<ModelMetadata?>.Failure(saved.Error!);
    }
}
