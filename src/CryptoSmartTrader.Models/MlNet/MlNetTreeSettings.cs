using System.Globalization;
using CryptoSmartTrader.Models.Kinds;

namespace CryptoSmartTrader.Models.MlNet;

/// <summary>ML.NET tree options from recorded text settings (the names of <see cref="MlNetTreeOptions.Describe"/>); missing ones take defaults.</summary>
internal static class MlNetTreeSettings
{
    public static ModelKindResult Create(MlNetTreeKind kind, ModelKindRequest request)
    {
        var h = request.Settings;
        var d = new MlNetTreeOptions();
        MlNetTreeOptions options;
        try
        {
            options = new MlNetTreeOptions
            {
                Kind = kind,
                Trees = request.Rounds ?? Int(h, "trees", d.Trees),
                Leaves = Int(h, "leaves", d.Leaves),
                LearningRate = Num(h, "learningRate", d.LearningRate),
                MinExamplesPerLeaf = Int(h, "minExamplesPerLeaf", d.MinExamplesPerLeaf),
                Seed = Int(h, "seed", request.Seed),
                // One thread when a retrain must repeat exactly.
                Threads = request.Deterministic ? 1 : h.TryGetValue("threads", out var t) && t != "default" ? Int(h, "threads", 0) : 0,
            };
            options.Validate();
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return ModelKindResult.Fail(ex.Message);
        }

        return ModelKindResult.Success(_ => new MlNetTreePredictor(options), options.Describe());
    }

    private static int Int(IReadOnlyDictionary<string, string> h, string key, int fallback) =>
        !h.TryGetValue(key, out var v) ? fallback
        : int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var x) ? x
        : throw new FormatException($"recorded hyperparameter {key} = '{v}' is not an integer");

    private static double Num(IReadOnlyDictionary<string, string> h, string key, double fallback) =>
        !h.TryGetValue(key, out var v) ? fallback
        : double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x
        : throw new FormatException($"recorded hyperparameter {key} = '{v}' is not a number");
}
