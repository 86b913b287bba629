namespace CryptoSmartTrader.Models.Torch.Native;

/// <summary>A libtorch call failed; the message carries the shim's error text.</summary>
public sealed class TorchException(string message) : Exception(message);
