using CryptoSmartTrader.Models.Torch.Native;
using CryptoSmartTrader.Models.Torch.Tensors;

namespace CryptoSmartTrader.Models.Torch.Tests.Tensors;

public sealed class TensorTests
{
    [TorchFact]
    public void Values_and_shape_round_trip()
    {
        using var t = Tensor.From([1, 2, 3, 4, 5, 6], [2, 3], TorchDtype.Float64);
        Assert.Equal([2L, 3L], t.Shape);
        Assert.Equal([1.0, 2, 3, 4, 5, 6], t.ToArray());
    }

    [TorchFact]
    public void Matmul_matches_hand_computation()
    {
        using var a = Tensor.From([1, 2, 3, 4], [2, 2], TorchDtype.Float64);
        using var b = Tensor.From([5, 6, 7, 8], [2, 2], TorchDtype.Float64);
        using var c = a.MatMul(b);
        Assert.Equal([19.0, 22, 43, 50], c.ToArray());
    }

    [TorchFact]
    public void Values_that_do_not_fill_the_shape_are_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => Tensor.From([1, 2, 3], [2, 2]));
        Assert.Contains("do not fill shape", e.Message);
    }

    [TorchFact]
    public void Native_errors_come_back_as_exceptions_with_the_libtorch_message()
    {
        using var a = Tensor.From([1, 2, 3, 4, 5, 6], [2, 3]);
        using var b = Tensor.From([1, 2, 3, 4], [2, 2]);
        var e = Assert.Throws<TorchException>(() => a.MatMul(b));
        Assert.Contains("matmul failed", e.Message);
        Assert.Contains("mat1 and mat2 shapes cannot be multiplied", e.Message);
    }

    [TorchFact]
    public void Pinball_loss_matches_the_definition()
    {
        // rows: target 1 vs pred 0 at q=0.9 -> 0.9·1; target 0 vs pred 2 at q=0.9 -> 0.1·2. Mean = 0.55.
        using var pred = Tensor.From([0, 2], [2, 1], TorchDtype.Float64);
        using var target = Tensor.From([1, 0], [2], TorchDtype.Float64);
        using var loss = Losses.Pinball(pred, target, [0.9]);
        Assert.Equal(0.55, loss.Item(), 12);
    }

    [TorchFact]
    public void Pinball_rejects_quantiles_outside_zero_one()
    {
        using var pred = Tensor.From([0.0], [1, 1]);
        using var target = Tensor.From([1.0], [1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => Losses.Pinball(pred, target, [1.5]));
    }

    [TorchFact]
    public void Cuda_is_reported_without_failing()
    {
        // CI and this machine are CPU-only; the query itself must work either way.
        _ = TorchRuntime.Availability.CudaAvailable;
        Assert.True(TorchRuntime.Availability.IsAvailable);
    }
}
