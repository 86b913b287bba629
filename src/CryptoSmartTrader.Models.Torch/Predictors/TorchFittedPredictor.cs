using System.Text.Json;
using System.Text.Json.Nodes;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Torch.Tensors;
using TorchSharp;
using static TorchSharp.torch;

namespace CryptoSmartTrader.Models.Torch.Predictors;

/// <summary>
/// A trained deep predictor. With <see cref="TorchPredictorOptions.McSamples"/> &gt; 1, dropout stays on at prediction
/// and <see cref="PredictorOutput.ProbabilitySpread"/> is the standard deviation of P(up) across the passes (MC dropout).
/// </summary>
public sealed class TorchFittedPredictor : IFittedPredictor
{
    /// <summary>
    /// How <c>parameters</c> is encoded. Models saved before it existed hold a libtorch C++ archive written by the
    /// removed libcst_torch shim, which TorchSharp cannot read.
    /// </summary>
    public const string ParameterFormat = "torchsharp-module-v1";

    // One window per forward pass: libtorch picks its matrix-multiply kernels by batch size, so a row predicted inside a
    // batch of 512 differs in the last float bits from the same row predicted alone, which is how the bot predicts each
    // bar close (ModelAlphaSource.PredictLast). Those bits change order sizes, so batching would break backtest/bot parity.
    private const int ChunkRows = 1;
    private readonly TorchPredictorOptions options;
    private readonly WindowBuilder windows;
    private readonly double returnScale;
    private readonly nn.Module<Tensor, Tensor> net;

    internal TorchFittedPredictor(TorchPredictorOptions options, WindowBuilder windows, double returnScale, nn.Module<Tensor, Tensor> net)
    {
        this.options = options;
        this.windows = windows;
        this.returnScale = returnScale;
        this.net = net;
    }

    public string Kind => TorchPredictor.KindName(options.Kind);

    public PredictorOutput Predict(FeatureRows rows)
    {
        var passes = options.McSamples > 1 ? options.McSamples : 1;
        var n = rows.Rows;
        var prob = new double[n];
        var probSq = new double[n];
        var ret = new double[n];
        for (var pass = 0; pass < passes; pass++)
        {
            var raw = Raw(rows, dropout: passes > 1);
            var width = NetworkFactory.Outputs(options);
            for (var i = 0; i < n; i++)
            {
                var p = 1 / (1 + Math.Exp(-raw[i * width]));
                prob[i] += p / passes;
                probSq[i] += p * p / passes;
                ret[i] += raw[i * width + 1] * returnScale / passes;
            }
        }

        var spread = passes > 1 ? prob.Select((m, i) => Math.Sqrt(Math.Max(0, probSq[i] - m * m))).ToArray() : null;
        return new PredictorOutput(prob, ret, spread);
    }

    /// <summary>Forward-return quantiles per row ([row][q], in the order of <see cref="TorchPredictorOptions.Quantiles"/>).</summary>
    public double[][] PredictQuantiles(FeatureRows rows)
    {
        var raw = Raw(rows, dropout: false);
        var width = NetworkFactory.Outputs(options);
        return Enumerable.Range(0, rows.Rows)
            .Select(i => Enumerable.Range(0, options.Quantiles.Count).Select(q => raw[i * width + 2 + q] * returnScale).ToArray())
            .ToArray();
    }

    public JsonObject Save() => new()
    {
        ["kind"] = Kind,
        ["options"] = JsonSerializer.SerializeToNode(options),
        ["mean"] = new JsonArray(windows.Mean.Select(v => (JsonNode?)v).ToArray()),
        ["scale"] = new JsonArray(windows.Scale.Select(v => (JsonNode?)v).ToArray()),
        ["returnScale"] = returnScale,
        ["parameterFormat"] = ParameterFormat,
        ["parameters"] = Convert.ToBase64String(ModuleState.Save(net)),
    };

    internal static TorchFittedPredictor Load(JsonObject state)
    {
        var options = state["options"]?.Deserialize<TorchPredictorOptions>() ?? throw new FormatException("saved torch model: missing 'options'");
        var mean = Doubles(state, "mean");
        var scale = Doubles(state, "scale");
        var returnScale = state["returnScale"]?.GetValue<double>() ?? throw new FormatException("saved torch model: missing 'returnScale'");
        var parameters = Convert.FromBase64String(state["parameters"]?.GetValue<string>() ?? throw new FormatException("saved torch model: missing 'parameters'"));
        var format = state["parameterFormat"]?.GetValue<string>();
        if (format != ParameterFormat)
        {
            throw new FormatException(format is null
                ? "saved torch model: its parameters are a libtorch C++ archive from the removed libcst_torch shim (saved before TorchSharp), a format this version cannot read; retrain it (cst train --model-type "
                  + TorchPredictor.KindName(options.Kind) + ")"
                : $"saved torch model: parameter format '{format}' is unknown; this version reads '{ParameterFormat}'");
        }

        TorchRuntime.EnsureAvailable();
        var net = NetworkFactory.Create(options, mean.Length);
        ModuleState.Load(net, parameters);
        net.eval();
        return new TorchFittedPredictor(options, new WindowBuilder(mean, scale, options.Window), returnScale, net);
    }

    public void Dispose() => net.Dispose();

    private double[] Raw(FeatureRows rows, bool dropout)
    {
        var width = NetworkFactory.Outputs(options);
        var result = new double[rows.Rows * width];
        TorchPredictor.ApplyThreads(options);
        var device = TensorData.Of(options.Device);
        // Training mode keeps dropout on: that is MC dropout, with gradients off either way.
        net.train(dropout);
        try
        {
            using var noGrad = no_grad();
            for (var start = 0; start < rows.Rows; start += ChunkRows)
            {
                using var scope = NewDisposeScope();
                var idx = Enumerable.Range(start, Math.Min(ChunkRows, rows.Rows - start)).ToArray();
                var x = TensorData.Float32(windows.Build(rows, idx), [idx.Length, windows.Window, windows.Features], device);
                TensorData.Read(net.forward(x)).CopyTo(result, start * width);
            }
        }
        finally
        {
            net.eval();
        }

        return result;
    }

    private static double[] Doubles(JsonObject state, string name) =>
        (state[name] as JsonArray ?? throw new FormatException($"saved torch model: missing '{name}'")).Select(n => n!.GetValue<double>()).ToArray();
}
