using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Torch.Networks;
using CryptoSmartTrader.Models.Torch.Tensors;

namespace CryptoSmartTrader.Models.Torch.Predictors;

/// <summary>
/// Mini-batch AdamW with gradient clipping on the earlier rows; early stopping watches only the last
/// <see cref="TorchPredictorOptions.ValidationFraction"/> of the rows and restores the best epoch's parameters.
/// </summary>
internal static class TorchTrainer
{
    public static TrainingOutcome Train(ISequenceNetwork net, WindowBuilder windows, TrainingSet data, double returnScale,
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
        using var optimizer = net.Network.Adam(o.LearningRate, o.WeightDecay, decoupled: true);
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
            net.Network.SetTraining(true);
            for (var start = 0; start < train.Length; start += o.BatchSize)
            {
                var batch = train.AsSpan(start, Math.Min(o.BatchSize, train.Length - start)).ToArray();
                optimizer.ZeroGrad();
                using var loss = Loss(net, windows, data, batch, returnScale, o);
                loss.Backward();
                net.Network.ClipGradNorm(o.GradientClip);
                optimizer.Step();
            }

            var validationLoss = Evaluate(net, windows, data, validation, returnScale, o);
            if (validationLoss < best - 1e-9)
            {
                best = validationLoss;
                bestEpoch = epoch;
                bestParameters = net.Network.SaveParameters();
            }
            else if (epoch - bestEpoch >= o.Patience)
            {
                break;
            }
        }

        if (bestParameters is not null)
        {
            net.Network.LoadParameters(bestParameters);
        }

        net.Network.SetTraining(false);
        return new TrainingOutcome(epochs, bestEpoch, best);
    }

    private static double Evaluate(ISequenceNetwork net, WindowBuilder windows, TrainingSet data, int[] rows, double returnScale, TorchPredictorOptions o)
    {
        net.Network.SetTraining(false);
        TorchRuntime.SetGradEnabled(false);
        try
        {
            using var loss = Loss(net, windows, data, rows, returnScale, o);
            return loss.Item();
        }
        finally
        {
            TorchRuntime.SetGradEnabled(true);
        }
    }

    private static Tensor Loss(ISequenceNetwork net, WindowBuilder windows, TrainingSet data, int[] rows, double returnScale, TorchPredictorOptions o)
    {
        var dtype = net.Network.Dtype;
        var device = net.Network.Device;
        using var x = Tensor.From(windows.Build(data.X, rows), [rows.Length, windows.Window, windows.Features], dtype, device);
        using var up = Tensor.From(rows.Select(r => data.Up[r]).ToArray(), [rows.Length], dtype, device);
        using var ret = Tensor.From(rows.Select(r => data.Returns[r] / returnScale).ToArray(), [rows.Length], dtype, device);
        using var output = net.Forward(x);
        using var logitColumn = output.Narrow(1, 0, 1);
        using var logit = logitColumn.Reshape(-1);
        using var meanColumn = output.Narrow(1, 1, 1);
        using var mean = meanColumn.Reshape(-1);
        using var quantiles = output.Narrow(1, 2, o.Quantiles.Count);
        using var bce = Losses.BceWithLogits(logit, up);
        using var mse = Losses.Mse(mean, ret);
        using var pinball = Losses.Pinball(quantiles, ret, o.Quantiles.ToArray());
        using var partial = bce.Add(mse);
        return partial.Add(pinball);
    }
}
