using CryptoSmartTrader.Models.Torch.Tensors;
using TorchSharp;
using static TorchSharp.torch;

namespace CryptoSmartTrader.Models.Torch.Networks;

/// <summary>
/// Univariate N-BEATS: learns to map the last <see cref="NBeatsForecasterOptions.Lookback"/> values of a series to the
/// next <see cref="NBeatsForecasterOptions.Horizon"/> values (full-batch AdamW on every window of the series).
/// </summary>
public sealed class NBeatsForecaster : IDisposable
{
    private readonly NBeatsForecasterOptions options;
    private readonly NBeatsNetwork net;

    private NBeatsForecaster(NBeatsForecasterOptions options, NBeatsNetwork net)
    {
        this.options = options;
        this.net = net;
    }

    public static NBeatsForecaster Fit(IReadOnlyList<double> series, NBeatsForecasterOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        var l = options.Lookback;
        var h = options.Horizon;
        var windows = series.Count - l - h + 1;
        if (l < 1 || h < 1 || windows < 1)
        {
            throw new ArgumentException($"n-beats: a series of {series.Count} values is too short for lookback {l} + horizon {h}", nameof(series));
        }

        TorchRuntime.EnsureAvailable();
        TorchRuntime.ManualSeed(options.Seed);
        var net = new NBeatsNetwork(l, h, options.Stacks, options.BlocksPerStack, options.Width, options.Layers, options.TrendDegree, options.Harmonics);
        var x = new double[windows * l];
        var y = new double[windows * h];
        for (var w = 0; w < windows; w++)
        {
            for (var t = 0; t < l; t++)
            {
                x[w * l + t] = series[w + t];
            }

            for (var t = 0; t < h; t++)
            {
                y[w * h + t] = series[w + l + t];
            }
        }

        using var xs = TensorData.Float32(x, [windows, l], CPU);
        using var ys = TensorData.Float32(y, [windows, h], CPU);
        using var optimizer = optim.AdamW(net.parameters(), options.LearningRate, weight_decay: 0);
        net.train();
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            var loss = nn.functional.mse_loss(net.forward(xs), ys);
            loss.backward();
            nn.utils.clip_grad_norm_(net.parameters(), 1.0);
            optimizer.step();
        }

        net.eval();
        return new NBeatsForecaster(options, net);
    }

    /// <summary>The next Horizon values after the last Lookback values of <paramref name="history"/>.</summary>
    public double[] Forecast(IReadOnlyList<double> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count < options.Lookback)
        {
            throw new ArgumentException($"n-beats: need at least {options.Lookback} values of history, got {history.Count}", nameof(history));
        }

        var last = history.Skip(history.Count - options.Lookback).ToArray();
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        return TensorData.Read(net.forward(TensorData.Float32(last, [1, options.Lookback], CPU)));
    }

    public void Dispose() => net.Dispose();
}
