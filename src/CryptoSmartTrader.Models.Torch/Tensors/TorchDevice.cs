namespace CryptoSmartTrader.Models.Torch.Tensors;

/// <summary>Where tensors and parameters live.</summary>
public enum TorchDevice
{
    Cpu = 0,
    Cuda = 1,
}
