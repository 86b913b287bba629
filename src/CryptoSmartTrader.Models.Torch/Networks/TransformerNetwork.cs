using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CryptoSmartTrader.Models.Torch.Networks;

/// <summary>
/// Temporal Transformer encoder: per-step projection to d_model, sinusoidal positions (Vaswani et al. 2017), GELU
/// encoder layers, final layer norm, and a linear head on the last step (the only step that may see the whole window).
/// </summary>
internal sealed class TransformerNetwork : Module<Tensor, Tensor>
{
    private readonly Linear input;
    private readonly ModuleList<TransformerEncoderLayer> encoders;
    private readonly LayerNorm norm;
    private readonly Linear head;
    private readonly float[] positions;
    private readonly int window;
    private readonly int dModel;

    public TransformerNetwork(int features, int window, int dModel, int heads, int layers, double dropout, int outputs) : base(nameof(TransformerNetwork))
    {
        if (dModel % heads != 0)
        {
            throw new ArgumentException($"transformer: d_model {dModel} must be a multiple of heads {heads}", nameof(heads));
        }

        this.window = window;
        this.dModel = dModel;
        positions = Array.ConvertAll(Positional(window, dModel), v => (float)v);
        input = Linear(features, dModel);
        encoders = new ModuleList<TransformerEncoderLayer>(
            Enumerable.Range(0, layers).Select(_ => TransformerEncoderLayer(dModel, heads, 2 * dModel, dropout, Activations.GELU)).ToArray());
        norm = LayerNorm(dModel);
        head = Linear(dModel, outputs);
        RegisterComponents();
    }

    public override Tensor forward(Tensor windows)
    {
        var pe = tensor(positions, [window, dModel], ScalarType.Float32, windows.device).to_type(windows.dtype);
        // libtorch's encoder layer is sequence-first [T, N, E]; the windows are batch-first [N, T, E].
        var x = (input.forward(windows) + pe).transpose(0, 1);
        foreach (var encoder in encoders)
        {
            x = encoder.forward(x);
        }

        return head.forward(norm.forward(x.transpose(0, 1)).select(1, window - 1));
    }

    internal static double[] Positional(int steps, int dim)
    {
        var pe = new double[steps * dim];
        for (var t = 0; t < steps; t++)
        {
            for (var i = 0; i < dim; i++)
            {
                var angle = t / Math.Pow(10000, 2.0 * (i / 2) / dim);
                pe[t * dim + i] = i % 2 == 0 ? Math.Sin(angle) : Math.Cos(angle);
            }
        }

        return pe;
    }
}
