using CryptoSmartTrader.Models.Torch.Tensors;

namespace CryptoSmartTrader.Models.Torch.Tests.Tensors;

public sealed class LeakTests
{
    [TorchFact]
    public void Thousands_of_training_steps_leave_no_native_objects_behind()
    {
        var before = TorchRuntime.LiveObjects();
        using (var net = new Network())
        {
            var lstm = net.Lstm(3, 8);
            var head = net.Linear(8, 1);
            using var optimizer = net.Adam(1e-3, 1e-4);
            var x0 = new double[4 * 5 * 3];
            var y0 = new double[4];
            var afterWarmUp = 0L;
            var highest = 0L;
            for (var i = 0; i < 2000; i++)
            {
                // Counted between iterations, when only the network, its layers and the optimizer should be alive.
                var live = TorchRuntime.LiveObjects();
                if (i == 10)
                {
                    afterWarmUp = live;
                }

                highest = Math.Max(highest, i >= 10 ? live : 0);
                using var x = Tensor.From(x0, [4, 5, 3]);
                using var y = Tensor.From(y0, [4, 1]);
                using var seq = lstm.Forward(x);
                using var last = seq.Select(1, 4);
                using var pred = head.Forward(last);
                using var loss = Losses.Mse(pred, y);
                optimizer.ZeroGrad();
                loss.Backward();
                net.ClipGradNorm(1);
                optimizer.Step();
            }

            Assert.Equal(afterWarmUp, highest);
            Assert.Equal(afterWarmUp, TorchRuntime.LiveObjects());
        }

        Assert.Equal(before, TorchRuntime.LiveObjects());
    }

    [TorchFact]
    public void Tensors_nobody_disposed_are_freed_by_their_finalizers()
    {
        var before = TorchRuntime.LiveObjects();
        Abandon();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.Equal(before, TorchRuntime.LiveObjects());
    }

    private static void Abandon()
    {
        for (var i = 0; i < 1000; i++)
        {
            _ = Tensor.From([1.0, 2.0], [2]);
        }
    }
}
