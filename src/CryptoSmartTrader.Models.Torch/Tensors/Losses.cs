using TorchSharp;
using static TorchSharp.torch;

namespace CryptoSmartTrader.Models.Torch.Tensors;

/// <summary>The pinball (quantile) loss, which torch.nn does not have.</summary>
internal static class Losses
{
    /// <summary>Mean pinball loss of <paramref name="pred"/> [N, Q] against <paramref name="target"/> [N].</summary>
    public static Tensor Pinball(Tensor pred, Tensor target, IReadOnlyList<double> quantiles)
    {
        foreach (var q in quantiles)
        {
            if (!(q > 0 && q < 1))
            {
                throw new ArgumentOutOfRangeException(nameof(quantiles), $"pinball: quantiles must lie in (0, 1), got {q}");
            }
        }

        if (pred.dim() != 2 || pred.shape[1] != quantiles.Count)
        {
            throw new ArgumentException($"pinball: predictions must be [N, {quantiles.Count}], got [{string.Join(", ", pred.shape)}]", nameof(pred));
        }

        using var scope = NewDisposeScope();
        var levels = tensor(quantiles.ToArray(), dtype: pred.dtype, device: pred.device).view(1, -1);
        var diff = target.reshape(-1, 1) - pred;
        return scope.MoveToOuter(maximum(levels * diff, (levels - 1) * diff).mean());
    }
}
