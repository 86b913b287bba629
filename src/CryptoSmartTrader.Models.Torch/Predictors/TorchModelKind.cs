namespace CryptoSmartTrader.Models.Torch.Predictors;

/// <summary>The deep architectures; the lower-case name is the predictor kind stored with saved models.</summary>
public enum TorchModelKind
{
    Lstm,
    Transformer,
    NBeats,
}
