using System.CommandLine;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Models.Torch.Networks;
using CryptoSmartTrader.Models.Torch.Predictors;
using CryptoSmartTrader.Models.Torch.Tensors;

namespace CryptoSmartTrader.Cli.Commands.Models;

/// <summary>The <c>cst train</c> options of the deep models (lstm, transformer, nbeats) and how they become a <see cref="TorchPredictor"/>.</summary>
internal sealed class DeepTrainOptions
{
    public Option<int> Epochs { get; } = new("--epochs")
    {
        Description = "lstm/transformer/nbeats: maximum training epochs; early stopping on the last 20% of the training rows may stop sooner (default 20)",
        DefaultValueFactory = _ => 20,
    };

    public Option<int> Window { get; } = new("--window")
    {
        Description = "lstm/transformer/nbeats: input window in bars of one symbol, ending at the sample's bar; windows with a gap are dropped (default 24)",
        DefaultValueFactory = _ => 24,
    };

    public Option<int> Hidden { get; } = new("--hidden") { Description = "lstm/transformer/nbeats: hidden size (default 32)", DefaultValueFactory = _ => 32 };

    public Option<int> Layers { get; } = new("--layers") { Description = "lstm/transformer: stacked layers (default 1)", DefaultValueFactory = _ => 1 };

    public Option<int> BatchSize { get; } = new("--batch-size") { Description = "lstm/transformer/nbeats: mini-batch size (default 64)", DefaultValueFactory = _ => 64 };

    public Option<string> Stacks { get; } = new("--nbeats-stacks")
    {
        Description = "nbeats: generic (two generic stacks, default) or interpretable (trend + seasonality stacks)",
        DefaultValueFactory = _ => "generic",
    };

    public Option<string> Device { get; } = new("--device") { Description = "lstm/transformer/nbeats: cpu (default) or cuda", DefaultValueFactory = _ => "cpu" };

    public Option<int> Threads { get; } = new("--threads")
    {
        Description = "lstm/transformer/nbeats: libtorch CPU threads (default 0: OMP_NUM_THREADS, else every core; 1 is often faster on a busy machine)",
        DefaultValueFactory = _ => 0,
    };

    public IReadOnlyList<Option> All => [Epochs, Window, Hidden, Layers, BatchSize, Stacks, Device, Threads];

    /// <summary>The deep kind named by <c>--model-type</c>, or null for xgboost/linear.</summary>
    public static TorchModelKind? KindOf(string modelType) => modelType switch
    {
        "lstm" => TorchModelKind.Lstm,
        "transformer" => TorchModelKind.Transformer,
        "nbeats" => TorchModelKind.NBeats,
        _ => null,
    };

    /// <summary>xgboost/linear ignore these settings, so naming one there is a mistake worth reporting.</summary>
    public void RejectExplicit(ParseResult parse, string modelType)
    {
        foreach (var option in All)
        {
            if (parse.GetResult(option) is { Implicit: false })
            {
                throw new CliUsageException($"{option.Name} applies to --model-type lstm, transformer or nbeats, not {modelType}");
            }
        }
    }

    public TorchPredictorOptions Read(ParseResult parse, TorchModelKind kind, int seed)
    {
        var hidden = AtLeast(parse, Hidden, 1);
        var stacks = parse.GetValue(Stacks)!.Trim().ToLowerInvariant() switch
        {
            "generic" => new[] { NBeatsStack.Generic, NBeatsStack.Generic },
            "interpretable" => [NBeatsStack.Trend, NBeatsStack.Seasonality],
            var other => throw new CliUsageException($"--nbeats-stacks: expected generic or interpretable, got '{other}'"),
        };
        var device = parse.GetValue(Device)!.Trim().ToLowerInvariant() switch
        {
            "cpu" => TorchDevice.Cpu,
            "cuda" => TorchDevice.Cuda,
            var other => throw new CliUsageException($"--device: expected cpu or cuda, got '{other}'"),
        };
        return new TorchPredictorOptions
        {
            Kind = kind,
            Epochs = AtLeast(parse, Epochs, 1),
            Window = AtLeast(parse, Window, 1),
            Hidden = hidden,
            Heads = TorchPredictorOptions.HeadsFor(hidden),
            Layers = AtLeast(parse, Layers, 1),
            BatchSize = AtLeast(parse, BatchSize, 1),
            Stacks = stacks,
            Seed = unchecked((ulong)seed),
            Device = device,
            Threads = AtLeast(parse, Threads, 0),
        };
    }

    /// <summary>The predictor, or exit 1 saying why the torch models cannot run here.</summary>
    public static TorchPredictor Require(TorchPredictorResult result) => result.Predictor ?? throw new CliFailureException(
        $"the torch models (lstm, transformer, nbeats) are unavailable on this machine: {result.Unavailable}");

    private static int AtLeast(ParseResult parse, Option<int> option, int min)
    {
        var value = parse.GetValue(option);
        return value >= min ? value : throw new CliUsageException($"{option.Name}: expected an integer >= {min}, got {value}");
    }
}
