using CryptoSmartTrader.Models.Torch.Tensors;
using static TorchSharp.torch;

namespace CryptoSmartTrader.Models.Torch.Tests.Tensors;

public sealed class LossTests
{
    [TorchFact]
    public void Pinball_loss_matches_the_definition()
    {
        // rows: target 1 vs pred 0 at q=0.9 -> 0.9·1; target 0 vs pred 2 at q=0.9 -> 0.1·2. Mean = 0.55.
        using var pred = tensor(new double[] { 0, 2 }, [2, 1], ScalarType.Float64);
        using var target = tensor(new double[] { 1, 0 }, [2], ScalarType.Float64);
        using var loss = Losses.Pinball(pred, target, [0.9]);
        Assert.Equal(0.55, loss.item<double>(), 12);
    }

    [TorchFact]
    public void Pinball_gradient_is_q_below_the_target_and_q_minus_one_above_it()
    {
        using var pred = tensor(new double[] { 0, 2 }, [2, 1], ScalarType.Float64, requires_grad: true);
        using var target = tensor(new double[] { 1, 0 }, [2], ScalarType.Float64);
        using var loss = Losses.Pinball(pred, target, [0.9]);
        loss.backward();
        Assert.Equal(new[] { -0.45, 0.05 }, pred.grad!.data<double>().ToArray().Select(g => Math.Round(g, 12)));
    }

    [TorchFact]
    public void Pinball_rejects_quantiles_outside_zero_one()
    {
        using var pred = tensor(new float[] { 0 }, [1, 1]);
        using var target = tensor(new float[] { 1 }, [1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => Losses.Pinball(pred, target, [1.5]));
    }

    [TorchFact]
    public void Pinball_rejects_predictions_with_the_wrong_number_of_quantile_columns()
    {
        using var pred = tensor(new float[] { 0, 1 }, [1, 2]);
        using var target = tensor(new float[] { 1 }, [1]);
        var e = Assert.Throws<ArgumentException>(() => Losses.Pinball(pred, target, [0.5]));
        Assert.Contains("must be [N, 1], got [1, 2]", e.Message);
    }

    [TorchFact]
    public void Cuda_is_reported_without_failing()
    {
        // CI and this machine are CPU-only; the query itself must work either way.
        _ = TorchRuntime.Availability.CudaAvailable;
        Assert.True(TorchRuntime.Availability.IsAvailable);
    }
}
