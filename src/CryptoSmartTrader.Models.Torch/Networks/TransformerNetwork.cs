using CryptoSmartTrader.Models.Torch.Tensors;

namespace CryptoSmartTrader.Models.Torch.Networks;

/// <summary>
/// Temporal Transformer encoder: per-step projection to d_model, sinusoidal positions (Vaswani et al. 2017), pre-built
/// encoder layers, final layer norm, and a linear head on the last step (the only step that may see the whole window).
/// </summary>
internal sealed class TransformerNetwork : ISequenceNetwork
{
    private readonly Layer input;
    private readonly Layer[] encoders;
    private readonly Layer norm;
    private readonly Layer head;
    private readonly int window;
    private readonly int dModel;
    private Tensor? positions;

    public TransformerNetwork(int features, int window, int dModel, int heads, int layers, double dropout, int outputs)
    {
        if (dModel % heads != 0)
        {
            throw new ArgumentException($"transformer: d_model {dModel} must be a multiple of heads {heads}", nameof(heads));
        }

        this.window = window;
        this.dModel = dModel;
        Network = new Network();
        input = Network.Linear(features, dModel);
        encoders = Enumerable.Range(0, layers).Select(_ => Network.EncoderLayer(dModel, heads, 2 * dModel, dropout)).ToArray();
        norm = Network.LayerNorm(dModel);
        head = Network.Linear(dModel, outputs);
    }

    public Network Network { get; }

    public Tensor Forward(Tensor windows)
    {
        positions ??= Tensor.From(Positional(window, dModel), [window, dModel], Network.Dtype, Network.Device);
        using var projected = input.Forward(windows);
        var x = projected.Add(positions);
        foreach (var encoder in encoders)
        {
            var next = encoder.Forward(x);
            x.Dispose();
            x = next;
        }

        using (x)
        {
            using var normed = norm.Forward(x);
            using var last = normed.Select(1, window - 1);
            return head.Forward(last);
        }
    }

    public void Dispose()
    {
        positions?.Dispose();
        Network.Dispose();
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
