using System.Globalization;
using CryptoSmartTrader.Models.Kinds;
using CryptoSmartTrader.Models.Torch.Networks;
using CryptoSmartTrader.Models.Torch.Tensors;

namespace CryptoSmartTrader.Models.Torch.Predictors;

/// <summary>
/// The deep sequence models (lstm, transformer, nbeats) as <see cref="IModelKind"/>s, registered with
/// <see cref="ModelKinds"/> by <see cref="TorchPredictors.RegisterLoaders"/>. Their settings are the names of
/// <see cref="TorchPredictorOptions.Describe"/>, so a stored deep model is retrained with the settings it was trained with.
/// </summary>
public sealed class TorchModelKinds(TorchModelKind kind) : IModelKind
{
    public string Name => TorchPredictor.KindName(kind);

    public string Description => $"deep sequence model on libtorch ({Name})";

    public int SequenceLength(ModelKindRequest request) => Options(request, out _)?.Window ?? 1;

    public ModelKindResult Create(ModelKindRequest request)
    {
        var options = Options(request, out var error);
        if (options is null) return ModelKindResult.Fail(error!);
        TorchPredictorResult created;
        try
        {
            created = TorchPredictor.TryCreate(options);
        }
        catch (ArgumentException ex)
        {
            return ModelKindResult.Fail(ex.Message);
        }

        return created.IsAvailable
            ? ModelKindResult.Success(_ => TorchPredictor.TryCreate(options).Predictor!, options.Describe())
            : ModelKindResult.Fail($"{Name}: {created.Unavailable}");
    }

    /// <summary>The options from text settings (missing ones take the defaults), or null with the setting that does not parse.</summary>
    public TorchPredictorOptions? Options(ModelKindRequest request, out string? error)
    {
        ArgumentNullException.ThrowIfNull(request);
        var s = request.Settings;
        var d = new TorchPredictorOptions();
        try
        {
            error = null;
            var hidden = Int(s, "hidden", d.Hidden);
            return new TorchPredictorOptions
            {
                Kind = kind,
                Window = Int(s, "window", d.Window),
                Hidden = hidden,
                Layers = Int(s, "layers", d.Layers),
                Heads = s.ContainsKey("heads") ? Int(s, "heads", d.Heads) : TorchPredictorOptions.HeadsFor(Math.Max(1, hidden)),
                Dropout = Num(s, "dropout", d.Dropout),
                Stacks = s.TryGetValue("nbeatsStacks", out var st) ? st.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(x => Enum.TryParse<NBeatsStack>(x, ignoreCase: true, out var v) ? v : throw new FormatException($"setting nbeatsStacks: '{x}' is not generic, trend or seasonality")).ToArray()
                    : d.Stacks,
                BlocksPerStack = Int(s, "blocksPerStack", d.BlocksPerStack),
                Epochs = Int(s, "epochs", d.Epochs),
                BatchSize = Int(s, "batchSize", d.BatchSize),
                LearningRate = Num(s, "learningRate", d.LearningRate),
                WeightDecay = Num(s, "weightDecay", d.WeightDecay),
                GradientClip = Num(s, "gradientClip", d.GradientClip),
                ValidationFraction = Num(s, "validationFraction", d.ValidationFraction),
                Patience = Int(s, "patience", d.Patience),
                Quantiles = s.TryGetValue("quantiles", out var q) ? q.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => Num(x, "quantiles")).ToArray() : d.Quantiles,
                McSamples = Int(s, "mcSamples", d.McSamples),
                Seed = s.TryGetValue("seed", out var seed) ? (ulong.TryParse(seed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var u) ? u
                    : throw new FormatException($"setting seed = '{seed}' is not a whole number >= 0")) : (ulong)Math.Max(0, request.Seed),
                Device = s.TryGetValue("device", out var dev) ? (Enum.TryParse<TorchDevice>(dev, ignoreCase: true, out var dv) ? dv
                    : throw new FormatException($"setting device = '{dev}' is not cpu or cuda")) : d.Device,
                Threads = s.TryGetValue("threads", out var th) && th != "default" ? Int(s, "threads", 0) : request.Deterministic ? 1 : d.Threads,
            };
        }
        catch (FormatException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    private static int Int(IReadOnlyDictionary<string, string> s, string key, int fallback) =>
        !s.TryGetValue(key, out var v) ? fallback
        : int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var x) ? x
        : throw new FormatException($"setting {key} = '{v}' is not an integer");

    private static double Num(IReadOnlyDictionary<string, string> s, string key, double fallback) =>
        !s.TryGetValue(key, out var v) ? fallback : Num(v, key);

    private static double Num(string v, string key) =>
        double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x : throw new FormatException($"setting {key} = '{v}' is not a number");
}
