using CryptoSmartTrader.Models.Torch.Networks;
using CryptoSmartTrader.Models.Torch.Tensors;
using TorchSharp;
using static TorchSharp.torch;

namespace CryptoSmartTrader.Models.Torch.Predictors;

internal static class NetworkFactory
{
    /// <summary>Outputs per row: P(up) logit, mean scaled return, then one column per quantile.</summary>
    public static int Outputs(TorchPredictorOptions o) => 2 + o.Quantiles.Count;

    public static nn.Module<Tensor, Tensor> Create(TorchPredictorOptions o, int features)
    {
        nn.Module<Tensor, Tensor> network = o.Kind switch
        {
            TorchModelKind.Lstm => new LstmNetwork(features, o.Hidden, o.Layers, o.Dropout, Outputs(o)),
            TorchModelKind.Transformer => new TransformerNetwork(features, o.Window, o.Hidden, o.Heads, o.Layers, o.Dropout, Outputs(o)),
            TorchModelKind.NBeats => new NBeatsNetwork(o.Window * features, Outputs(o), o.Stacks, o.BlocksPerStack, o.Hidden, 2),
            _ => throw new ArgumentOutOfRangeException(nameof(o), $"unknown model kind {o.Kind}"),
        };
        return network.to(TensorData.Of(o.Device));
    }
}
