using CryptoSmartTrader.Models.Torch.Tensors;

namespace CryptoSmartTrader.Models.Torch.Networks;

/// <summary>Maps a batch of windows [N, T, F] to [N, outputs]. Owns its <see cref="Network"/>.</summary>
internal interface ISequenceNetwork : IDisposable
{
    Network Network { get; }

    Tensor Forward(Tensor windows);
}
