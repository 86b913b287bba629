namespace CryptoSmartTrader.Models.Torch.Tensors;

/// <summary>Where tensors and parameters live. Values match the shim's device codes.</summary>
public enum TorchDevice
{
    Cpu = 0,
    Cuda = 1,
}
