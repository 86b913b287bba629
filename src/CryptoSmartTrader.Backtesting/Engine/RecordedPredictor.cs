using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Kinds;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Registry;

namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>
/// Rebuilds an untrained predictor from a stored model's kind and recorded hyperparameters through <see cref="ModelKinds"/>,
/// so every registered kind (linear, XGBoost, stacked, regime-routed, and the deep ones once Models.Torch registered them)
/// can be retrained.
/// </summary>
public static class RecordedPredictor
{
    /// <summary>A predictor factory per horizon; false with the reason when the kind is not registered or a recorded setting does not parse.</summary>
    public static bool TryCreatePerHorizon(ModelMetadata meta, int? rounds, out Func<Horizon, IPredictor> create, out string error)
    {
        ArgumentNullException.ThrowIfNull(meta);
        var result = ModelKinds.Recreate(meta, rounds);
        create = result.Predictor ?? (_ => new LinearPredictor());
        error = result.Error ?? string.Empty;
        return result.Ok;
    }

    /// <summary>The predictor factory for the model's shortest horizon (the one traded); false with the reason otherwise.</summary>
    public static bool TryCreate(ModelMetadata meta, int? rounds, out Func<IPredictor> create, out string error)
    {
        ArgumentNullException.ThrowIfNull(meta);
        var ok = TryCreatePerHorizon(meta, rounds, out var perHorizon, out error);
        var shortest = ok ? meta.Horizons.Select(Horizon.Parse).OrderBy(h => h.Duration).First() : Horizon.H1; // Recreate checked they parse
        create = () => perHorizon(shortest);
        return ok;
    }
}
