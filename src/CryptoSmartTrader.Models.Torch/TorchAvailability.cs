namespace CryptoSmartTrader.Models.Torch;

/// <summary>Whether the libtorch shim can be used on this machine, and why not when it cannot.</summary>
public readonly record struct TorchAvailability(bool IsAvailable, bool CudaAvailable, string Detail);
