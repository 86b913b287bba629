using CryptoSmartTrader.Models.Predictors;

namespace CryptoSmartTrader.Models.Torch.Predictors;

/// <summary>Registers the deep predictors' loaders with <see cref="PredictorStore"/> so saved models reload by kind, and
/// their kinds with <see cref="Kinds.ModelKinds"/> so they train and retrain like every other kind.</summary>
public static class TorchPredictors
{
    public static void RegisterLoaders()
    {
        foreach (var kind in Enum.GetValues<TorchModelKind>())
        {
            PredictorStore.Register(TorchPredictor.KindName(kind), TorchFittedPredictor.Load);
            Kinds.ModelKinds.Register(new TorchModelKinds(kind));
        }
    }
}
