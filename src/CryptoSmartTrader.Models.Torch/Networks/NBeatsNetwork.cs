using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CryptoSmartTrader.Models.Torch.Networks;

/// <summary>
/// N-BEATS: doubly residual stacks of blocks; each block removes what it explains from the input (backcast) and adds
/// its forecast. Windows [N, T, F] are flattened to a lookback of T·F values.
/// </summary>
internal sealed class NBeatsNetwork : Module<Tensor, Tensor>
{
    private readonly ModuleList<NBeatsBlock> blocks;
    private readonly int lookback;

    public NBeatsNetwork(int lookback, int horizon, IReadOnlyList<NBeatsStack> stacks, int blocksPerStack, int width, int layers,
        int trendDegree = 2, int harmonics = 4) : base(nameof(NBeatsNetwork))
    {
        if (stacks.Count == 0 || blocksPerStack < 1)
        {
            throw new ArgumentException("n-beats: expected at least one stack with at least one block", nameof(stacks));
        }

        this.lookback = lookback;
        blocks = new ModuleList<NBeatsBlock>(stacks
            .SelectMany(stack => Enumerable.Range(0, blocksPerStack).Select(_ => new NBeatsBlock(stack, lookback, horizon, width, layers, trendDegree, harmonics)))
            .ToArray());
        RegisterComponents();
    }

    public override Tensor forward(Tensor windows)
    {
        var residual = windows.reshape(-1, lookback);
        Tensor? forecast = null;
        foreach (var block in blocks)
        {
            var (back, fore) = block.forward(residual);
            residual = residual - back;
            forecast = forecast is null ? fore : forecast + fore;
        }

        return forecast!;
    }
}
