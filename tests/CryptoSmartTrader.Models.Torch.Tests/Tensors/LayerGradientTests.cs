using CryptoSmartTrader.Models.Torch.Tensors;

namespace CryptoSmartTrader.Models.Torch.Tests.Tensors;

public sealed class LayerGradientTests
{
    // Parameter checks run first: backward accumulates into parameter gradients, and each check runs one backward.
    private static Network Float64(Func<Network, Layer> build, out Layer layer)
    {
        TorchRuntime.ManualSeed(3);
        var network = new Network();
        layer = build(network);
        network.To(TorchDevice.Cpu, TorchDtype.Float64);
        network.SetTraining(false);
        return network;
    }

    [TorchFact]
    public void Linear_input_and_weight_gradients_match_finite_differences()
    {
        using var net = Float64(n => n.Linear(3, 4), out var layer);
        GradientCheck.Parameter(net, layer.Forward, [2, 3]);
        GradientCheck.Input(layer.Forward, [2, 3]);
    }

    [TorchFact]
    public void Lstm_input_and_weight_gradients_match_finite_differences()
    {
        using var net = Float64(n => n.Lstm(3, 4), out var layer);
        GradientCheck.Parameter(net, layer.Forward, [2, 5, 3]);
        GradientCheck.Input(layer.Forward, [2, 5, 3]);
    }

    [TorchFact]
    public void Gru_input_gradients_match_finite_differences()
    {
        using var net = Float64(n => n.Gru(3, 4), out var layer);
        GradientCheck.Input(layer.Forward, [2, 4, 3]);
    }

    [TorchFact]
    public void Layer_norm_input_gradients_match_finite_differences()
    {
        using var net = Float64(n => n.LayerNorm(5), out var layer);
        GradientCheck.Input(layer.Forward, [3, 5]);
    }

    [TorchFact]
    public void Encoder_layer_input_and_weight_gradients_match_finite_differences()
    {
        using var net = Float64(n => n.EncoderLayer(4, 2, 8, dropout: 0), out var layer);
        GradientCheck.Parameter(net, layer.Forward, [2, 3, 4]);
        GradientCheck.Input(layer.Forward, [2, 3, 4]);
    }

    [TorchFact]
    public void Attention_input_gradients_match_finite_differences()
    {
        using var net = Float64(n => n.Attention(4, 2), out var layer);
        GradientCheck.Input(layer.Forward, [2, 3, 4]);
    }

    [TorchFact]
    public void Activation_gradients_match_finite_differences()
    {
        GradientCheck.Input(x => x.Relu(), [7]);
        GradientCheck.Input(x => x.Gelu(), [7]);
        GradientCheck.Input(x => x.Tanh(), [7]);
        GradientCheck.Input(x => x.Sigmoid(), [7]);
    }

    [TorchFact]
    public void Loss_gradients_match_finite_differences()
    {
        using var target = Tensor.From([0.3, -0.2, 0.9, 0.1], [4], TorchDtype.Float64);
        using var labels = Tensor.From([1.0, 0, 0, 1], [4], TorchDtype.Float64);
        GradientCheck.Input(x => Losses.Mse(x, target), [4]);
        GradientCheck.Input(x => Losses.BceWithLogits(x, labels), [4]);
        GradientCheck.Input(x => Losses.Pinball(x, target, [0.1, 0.9]), [4, 2]);
    }
}
