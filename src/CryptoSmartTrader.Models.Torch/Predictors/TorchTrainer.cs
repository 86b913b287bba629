using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Torch.Tensors;
using TorchSharp;
using static TorchSharp.torch;

namespace CryptoSmartTrader.Models.Torch.Predictors;

/// <summary>
/// Mini-batch AdamW with gradient clipping on the earlier rows; early stopping watches only the last
/// <see cref="TorchPredictorOptions.ValidationFraction"/> of the rows and restores the best epoch's parameters.
/// </summary>
internal static class TorchTrainer
{
    public static TrainingOutcome Train(nn.Module<Tensor, Tensor> net, WindowBuilder windows, TrainingSet data, double returnScale,
        TorchPredictorOptions o, CancellationToken ct)
    {
        var validationCount = Math.Max(1, (int)Math.Round(data.Count * o.ValidationFraction));
        var trainCount = data.Count - validationCount;
        if (trainCount < 1)
        {
            throw new ArgumentException($"torch predictor: {data.Count} rows leave nothing to train on after the validation slice", nameof(data));
        }

        var train = Enumerable.Range(0, trainCount).ToArray();
        var validation = Enumerable.Range(trainCount, validationCount).ToArray();
        using var optimizer = optim.AdamW(net.parameters(), o.LearningRate, weight_decay: o.WeightDecay);
        var rng = new Random(unchecked((int)o.Seed));
        var best = double.PositiveInfinity;
        byte[]? bestParameters = null;
        var bestEpoch = 0;
        var epochs = 0;
        for (var epoch = 1; epoch <= o.Epochs; epoch++)
        {
            ct.ThrowIfCancellationRequested();
            epochs = epoch;
            rng.Shuffle(train);
            net.train();
            for (var start = 0; start < train.Length; start += o.BatchSize)
            {
                // Everything a step creates (inputs, activations, loss, gradients' temporaries) is freed with the scope.
                using var scope = NewDisposeScope();
                var batch = train.AsSpan(start, Math.Min(o.BatchSize, train.Length - start)).ToArray();
                optimizer.zero_grad();
                Loss(net, windows, data, batch, returnScale, o).backward();
                nn.utils.clip_grad_norm_(net.parameters(), o.GradientClip);
                optimizer.step();
            }

            var validationLoss = Evaluate(net, windows, data, validation, returnScale, o);
            if (validationLoss < best - 1e-9)
            {
                best = validationLoss;
                bestEpoch = epoch;
                bestParameters = ModuleState.Save(net);
            }
            else if (epoch - bestEpoch >= o.Patience)
            {
                break;
            }
        }

        if (bestParameters is not null)
        {
            ModuleState.Load(net, bestParameters);
        }

        net.eval();
        return new TrainingOutcome(epochs, bestEpoch, best);
    }

    private static double Evaluate(nn.Module<Tensor, Tensor> net, WindowBuilder windows, TrainingSet data, int[] rows, double returnScale, TorchPredictorOptions o)
    {
        net.eval();
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        return Loss(net, windows, data, rows, returnScale, o).item<float>();
    }

    /// <summary>BCE on the P(up) logit + MSE on the scaled mean return + pinball on the return quantiles.</summary>
    private static Tensor Loss(nn.Module<Tensor, Tensor> net, WindowBuilder windows, TrainingSet data, int[] rows, double returnScale, TorchPredictorOptions o)
    {
        var device = TensorData.Of(o.Device);
        var x = TensorData.Float32(windows.Build(data.X, rows), [rows.Length, windows.Window, windows.Features], device);
        var up = TensorData.Float32(rows.Select(r => data.Up[r]).ToArray(), [rows.Length], device);
        var ret = TensorData.Float32(rows.Select(r => data.Returns[r] / returnScale).ToArray(), [rows.Length], device);
        var output = net.forward(x);
        var logit = output.narrow(1, 0, 1).reshape(-1);
        var mean = output.narrow(1, 1, 1).reshape(-1);
        var quantiles = output.narrow(1, 2, o.Quantiles.Count);
        return nn.functional.binary_cross_entropy_with_logits(logit, up)
            + nn.functional.mse_loss(mean, ret)
            + Losses.Pinball(quantiles, ret, o.Quantiles);
    }
}
