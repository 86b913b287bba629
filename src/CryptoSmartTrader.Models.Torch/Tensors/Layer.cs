using CryptoSmartTrader.Models.Torch.Native;

namespace CryptoSmartTrader.Models.Torch.Tensors;

/// <summary>One layer owned by a <see cref="Network"/>: linear, LSTM/GRU (full output sequence), norm, dropout, encoder, attention.</summary>
internal sealed class Layer(LayerHandle handle) : IDisposable
{
    public Tensor Forward(Tensor x) => Tensor.Wrap(TorchNative.cst_forward(handle, x.Handle, out var h), h, "forward");

    public void Dispose() => handle.Dispose();
}
