using CryptoSmartTrader.Models.Torch.Native;

namespace CryptoSmartTrader.Models.Torch.Tensors;

/// <summary>Adam (L2 weight decay) or AdamW (decoupled weight decay) over every parameter of a network.</summary>
internal sealed class Optimizer : IDisposable
{
    private readonly OptimizerHandle handle;

    internal Optimizer(Network network, double learningRate, double weightDecay, bool decoupled)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(learningRate);
        ArgumentOutOfRangeException.ThrowIfNegative(weightDecay);
        TorchNative.Check(TorchNative.cst_adam(network.Handle, learningRate, weightDecay, decoupled ? 1 : 0, out var h), "adam");
        handle = new OptimizerHandle(h);
    }

    public void ZeroGrad() => TorchNative.Check(TorchNative.cst_optimizer_zero_grad(handle), "zero_grad");

    public void Step() => TorchNative.Check(TorchNative.cst_optimizer_step(handle), "step");

    public void Dispose() => handle.Dispose();
}
