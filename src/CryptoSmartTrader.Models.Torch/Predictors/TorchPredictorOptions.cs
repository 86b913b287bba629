using System.Globalization;
using CryptoSmartTrader.Models.Torch.Networks;
using CryptoSmartTrader.Models.Torch.Tensors;

namespace CryptoSmartTrader.Models.Torch.Predictors;

/// <summary>Hyperparameters of a deep predictor. Defaults are small on purpose: CPU training on a laptop-class machine.</summary>
public sealed record TorchPredictorOptions
{
    public TorchModelKind Kind { get; init; } = TorchModelKind.Lstm;

    /// <summary>Bars per input window; must equal the dataset's <see cref="Datasets.DatasetOptions.SequenceLength"/> (each row holds its window).</summary>
    public int Window { get; init; } = 16;

    public int Hidden { get; init; } = 32;
    public int Layers { get; init; } = 1;
    public int Heads { get; init; } = 4;
    public double Dropout { get; init; } = 0.1;
    public IReadOnlyList<NBeatsStack> Stacks { get; init; } = [NBeatsStack.Generic, NBeatsStack.Generic];
    public int BlocksPerStack { get; init; } = 2;

    public int Epochs { get; init; } = 30;
    public int BatchSize { get; init; } = 64;
    public double LearningRate { get; init; } = 1e-3;
    public double WeightDecay { get; init; } = 1e-4;
    public double GradientClip { get; init; } = 1.0;

    /// <summary>The last fraction of the (time-ordered) training rows; early stopping looks at this slice only.</summary>
    public double ValidationFraction { get; init; } = 0.2;

    public int Patience { get; init; } = 5;

    /// <summary>Quantiles of the forward return predicted with the pinball loss.</summary>
    public IReadOnlyList<double> Quantiles { get; init; } = [0.1, 0.5, 0.9];

    /// <summary>Forward passes with dropout kept on at prediction (MC dropout); 0 or 1 gives a single deterministic pass.</summary>
    public int McSamples { get; init; } = 0;

    public ulong Seed { get; init; } = 42;

    /// <summary>
    /// libtorch CPU threads while fitting and predicting (set on the calling thread); 0 keeps libtorch's default
    /// (<c>OMP_NUM_THREADS</c>, else every core). 1 is often faster on a busy shared machine, where a second OpenMP
    /// thread mostly spin-waits for a descheduled partner.
    /// </summary>
    public int Threads { get; init; }

    public TorchDevice Device { get; init; } = TorchDevice.Cpu;

    /// <summary>The largest of 4, 2, 1 attention heads that divides <paramref name="hidden"/> (the transformer needs a divisor).</summary>
    public static int HeadsFor(int hidden) => hidden % 4 == 0 ? 4 : hidden % 2 == 0 ? 2 : 1;

    /// <summary>The settings as text, for a stored model's metadata.</summary>
    public IReadOnlyDictionary<string, string> Describe() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["kind"] = TorchPredictor.KindName(Kind),
        ["window"] = Text(Window),
        ["hidden"] = Text(Hidden),
        ["layers"] = Text(Layers),
        ["heads"] = Text(Heads),
        ["dropout"] = Text(Dropout),
        ["nbeatsStacks"] = string.Join(",", Stacks.Select(s => s.ToString().ToLowerInvariant())),
        ["blocksPerStack"] = Text(BlocksPerStack),
        ["epochs"] = Text(Epochs),
        ["batchSize"] = Text(BatchSize),
        ["learningRate"] = Text(LearningRate),
        ["weightDecay"] = Text(WeightDecay),
        ["gradientClip"] = Text(GradientClip),
        ["validationFraction"] = Text(ValidationFraction),
        ["patience"] = Text(Patience),
        ["quantiles"] = string.Join(",", Quantiles.Select(q => Text(q))),
        ["mcSamples"] = Text(McSamples),
        ["seed"] = Text(Seed),
        ["device"] = Device.ToString().ToLowerInvariant(),
        ["threads"] = Threads == 0 ? "default" : Text(Threads),
    };

    /// <summary>Throws with the name of the first invalid setting.</summary>
    public void Validate()
    {
        Require(Window >= 1, nameof(Window), "at least 1");
        Require(Hidden >= 1, nameof(Hidden), "at least 1");
        Require(Layers >= 1, nameof(Layers), "at least 1");
        Require(Heads >= 1 && Hidden % Heads == 0, nameof(Heads), $"at least 1 and a divisor of Hidden ({Hidden})");
        Require(Dropout >= 0 && Dropout < 1, nameof(Dropout), "in [0, 1)");
        Require(Stacks.Count >= 1 && BlocksPerStack >= 1, nameof(Stacks), "at least one stack with at least one block");
        Require(Epochs >= 1, nameof(Epochs), "at least 1");
        Require(BatchSize >= 1, nameof(BatchSize), "at least 1");
        Require(LearningRate > 0, nameof(LearningRate), "positive");
        Require(WeightDecay >= 0, nameof(WeightDecay), "non-negative");
        Require(GradientClip > 0, nameof(GradientClip), "positive");
        Require(ValidationFraction > 0 && ValidationFraction < 0.5, nameof(ValidationFraction), "in (0, 0.5)");
        Require(Patience >= 1, nameof(Patience), "at least 1");
        Require(Quantiles.All(q => q > 0 && q < 1), nameof(Quantiles), "each in (0, 1)");
        Require(McSamples >= 0, nameof(McSamples), "non-negative");
        Require(Threads >= 0, nameof(Threads), "non-negative (0: libtorch's default)");
    }

    private static string Text<T>(T value) where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);

    private static void Require(bool ok, string name, string expected)
    {
        if (!ok)
        {
            throw new ArgumentException($"torch predictor: {name} must be {expected}", name);
        }
    }
}
