using System.Globalization;

namespace CryptoSmartTrader.Models.Predictors;

/// <summary>XGBoost hyperparameters (names as in XGBoost's documentation). Threads 0 lets XGBoost use every core.</summary>
public sealed record XGBoostParameters
{
    public int Rounds { get; init; } = 200;
    public int MaxDepth { get; init; } = 3;
    public double Eta { get; init; } = 0.05;
    public double Subsample { get; init; } = 0.8;
    public double ColsampleByTree { get; init; } = 0.8;
    public double MinChildWeight { get; init; } = 50;
    public double Lambda { get; init; } = 1;
    public int Seed { get; init; }
    public int Threads { get; init; }

    internal Dictionary<string, string> ToNative(string objective) => new(StringComparer.Ordinal)
    {
        ["objective"] = objective,
        ["tree_method"] = "hist",
        ["max_depth"] = MaxDepth.ToString(CultureInfo.InvariantCulture),
        ["eta"] = Eta.ToString("R", CultureInfo.InvariantCulture),
        ["subsample"] = Subsample.ToString("R", CultureInfo.InvariantCulture),
        ["colsample_bytree"] = ColsampleByTree.ToString("R", CultureInfo.InvariantCulture),
        ["min_child_weight"] = MinChildWeight.ToString("R", CultureInfo.InvariantCulture),
        ["lambda"] = Lambda.ToString("R", CultureInfo.InvariantCulture),
        ["seed"] = Seed.ToString(CultureInfo.InvariantCulture),
        ["nthread"] = Threads.ToString(CultureInfo.InvariantCulture),
        ["verbosity"] = "0",
    };

    public IReadOnlyDictionary<string, string> Describe() => new Dictionary<string, string>(ToNative("(per head)"), StringComparer.Ordinal)
    {
        ["rounds"] = Rounds.ToString(CultureInfo.InvariantCulture),
    };
}
