namespace CryptoSmartTrader.Models.Torch.Tensors;

/// <summary>Element type. Float64 exists for gradient checks; training uses Float32.</summary>
public enum TorchDtype
{
    Float32 = 0,
    Float64 = 1,
}
