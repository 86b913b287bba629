namespace CryptoSmartTrader.Models.Torch;

/// <summary>Whether TorchSharp's libtorch can be used on this machine, and why not when it cannot.</summary>
public readonly record struct TorchAvailability(bool IsAvailable, bool CudaAvailable, string Detail);
