namespace CryptoSmartTrader.Models.Torch.Predictors;

/// <summary>Either a usable predictor or why the torch backend is unavailable on this machine.</summary>
public sealed record TorchPredictorResult(TorchPredictor? Predictor, string? Unavailable)
{
    public bool IsAvailable => Predictor is not null;
}
