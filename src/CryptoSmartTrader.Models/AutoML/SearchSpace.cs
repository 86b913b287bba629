using CryptoSmartTrader.Models.Predictors;

namespace CryptoSmartTrader.Models.AutoML;

/// <summary>The sampling distribution of XGBoost hyperparameters (log-uniform for scale parameters).</summary>
public static class SearchSpace
{
    public static XGBoostParameters Sample(Random rng, int seed) => new()
    {
        MaxDepth = rng.Next(2, 7),
        Eta = LogUniform(rng, 0.01, 0.3),
        Subsample = 0.5 + 0.5 * rng.NextDouble(),
        ColsampleByTree = 0.4 + 0.6 * rng.NextDouble(),
        MinChildWeight = LogUniform(rng, 1, 500),
        Lambda = LogUniform(rng, 0.1, 100),
        Seed = seed,
        Threads = 1,
    };

    private static double LogUniform(Random rng, double lo, double hi) => Math.Exp(Math.Log(lo) + rng.NextDouble() * (Math.Log(hi) - Math.Log(lo)));
}
