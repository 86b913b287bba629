using CryptoSmartTrader.Models.Torch.Native;

namespace CryptoSmartTrader.Models.Torch.Tensors;

/// <summary>Scalar training losses (mean over the batch).</summary>
internal static unsafe class Losses
{
    public static Tensor Mse(Tensor pred, Tensor target) => Tensor.Wrap(TorchNative.cst_mse(pred.Handle, target.Handle, out var h), h, "mse");

    public static Tensor BceWithLogits(Tensor logits, Tensor target) =>
        Tensor.Wrap(TorchNative.cst_bce_logits(logits.Handle, target.Handle, out var h), h, "bce_with_logits");

    /// <summary>Pinball (quantile) loss of <paramref name="pred"/> [N, Q] against <paramref name="target"/> [N].</summary>
    public static Tensor Pinball(Tensor pred, Tensor target, ReadOnlySpan<double> quantiles)
    {
        foreach (var q in quantiles)
        {
            if (!(q > 0 && q < 1))
            {
                throw new ArgumentOutOfRangeException(nameof(quantiles), $"pinball: quantiles must lie in (0, 1), got {q}");
            }
        }

        fixed (double* q = quantiles)
        {
            return Tensor.Wrap(TorchNative.cst_pinball(pred.Handle, target.Handle, q, quantiles.Length, out var h), h, "pinball");
        }
    }
}
