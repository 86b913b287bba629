using CryptoSmartTrader.Models.Torch.Tensors;

namespace CryptoSmartTrader.Models.Torch.Networks;

/// <summary>
/// N-BEATS: doubly residual stacks of blocks; each block removes what it explains from the input (backcast) and adds
/// its forecast. Windows [N, T, F] are flattened to a lookback of T·F values.
/// </summary>
internal sealed class NBeatsNetwork : ISequenceNetwork
{
    private readonly List<NBeatsBlock> blocks = [];
    private readonly int lookback;

    public NBeatsNetwork(int lookback, int horizon, IReadOnlyList<NBeatsStack> stacks, int blocksPerStack, int width, int layers,
        int trendDegree = 2, int harmonics = 4)
    {
        if (stacks.Count == 0 || blocksPerStack < 1)
        {
            throw new ArgumentException("n-beats: expected at least one stack with at least one block", nameof(stacks));
        }

        this.lookback = lookback;
        Network = new Network();
        foreach (var stack in stacks)
        {
            for (var b = 0; b < blocksPerStack; b++)
            {
                blocks.Add(new NBeatsBlock(Network, stack, lookback, horizon, width, layers, trendDegree, harmonics));
            }
        }
    }

    public Network Network { get; }

    public Tensor Forward(Tensor windows)
    {
        var residual = windows.Reshape(-1, lookback);
        Tensor? forecast = null;
        foreach (var block in blocks)
        {
            var (back, fore) = block.Forward(residual, Network);
            using (back)
            using (fore)
            {
                var nextResidual = residual.Sub(back);
                residual.Dispose();
                residual = nextResidual;
                var nextForecast = forecast is null ? fore.Mul(1.0) : forecast.Add(fore);
                forecast?.Dispose();
                forecast = nextForecast;
            }
        }

        residual.Dispose();
        return forecast!;
    }

    public void Dispose()
    {
        foreach (var block in blocks)
        {
            block.Dispose();
        }

        Network.Dispose();
    }
}
