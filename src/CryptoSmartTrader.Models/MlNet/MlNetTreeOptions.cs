using System.Globalization;

namespace CryptoSmartTrader.Models.MlNet;

/// <summary>
/// Hyperparameters of an ML.NET tree predictor. The defaults mirror XGBoost's (<see cref="Predictors.XGBoostParameters"/>:
/// 200 rounds, depth 3 = at most 8 leaves, learning rate 0.05, about 50 rows per leaf) so the kinds compare like for like.
/// </summary>
public sealed record MlNetTreeOptions
{
    public MlNetTreeKind Kind { get; init; } = MlNetTreeKind.LightGbm;
    public int Trees { get; init; } = 200;
    public int Leaves { get; init; } = 8;
    public double LearningRate { get; init; } = 0.05;
    public int MinExamplesPerLeaf { get; init; } = 50;
    public int Seed { get; init; }

    /// <summary>Training threads; 0 lets ML.NET choose (every core).</summary>
    public int Threads { get; init; }

    public static string KindName(MlNetTreeKind kind) => kind switch
    {
        MlNetTreeKind.LightGbm => "lightgbm",
        MlNetTreeKind.FastTree => "fasttree",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The settings as text, for a stored model's metadata.</summary>
    public IReadOnlyDictionary<string, string> Describe() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["kind"] = KindName(Kind),
        ["trees"] = Trees.ToString(CultureInfo.InvariantCulture),
        ["leaves"] = Leaves.ToString(CultureInfo.InvariantCulture),
        ["learningRate"] = LearningRate.ToString(CultureInfo.InvariantCulture),
        ["minExamplesPerLeaf"] = MinExamplesPerLeaf.ToString(CultureInfo.InvariantCulture),
        ["seed"] = Seed.ToString(CultureInfo.InvariantCulture),
        ["threads"] = Threads == 0 ? "default" : Threads.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Throws with the name of the first invalid setting.</summary>
    public void Validate()
    {
        Require(Trees >= 1, nameof(Trees), "at least 1");
        Require(Leaves >= 2, nameof(Leaves), "at least 2");
        Require(LearningRate > 0 && LearningRate <= 1, nameof(LearningRate), "in (0, 1]");
        Require(MinExamplesPerLeaf >= 1, nameof(MinExamplesPerLeaf), "at least 1");
        Require(Threads >= 0, nameof(Threads), "non-negative (0: ML.NET's default)");
    }

    private void Require(bool ok, string name, string expected)
    {
        if (!ok)
        {
            throw new ArgumentException($"{KindName(Kind)} predictor: {name} must be {expected}", name);
        }
    }
}
