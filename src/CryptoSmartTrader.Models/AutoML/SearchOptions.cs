using CryptoSmartTrader.Models.Labels;
using CryptoSmartTrader.Models.Training;

namespace CryptoSmartTrader.Models.AutoML;

/// <summary>
/// Random search over XGBoost hyperparameters with successive halving (Jamieson &amp; Talwalkar 2016) on the number of
/// boosting rounds: every sampled configuration is scored at <see cref="MinRounds"/>, the best 1/<see cref="Reduction"/>
/// move on with <see cref="Reduction"/>× the rounds, up to <see cref="MaxRounds"/>. Scores are walk-forward out-of-fold.
/// </summary>
public sealed record SearchOptions
{
    public int Trials { get; init; } = 27;

    /// <summary>Wall-clock budget; no new evaluation starts once it is spent. Null: trials only.</summary>
    public TimeSpan? TimeBudget { get; init; }

    public int Seed { get; init; } = 1;
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
    public SearchObjective Objective { get; init; } = SearchObjective.LogLoss;
    public int MinRounds { get; init; } = 25;
    public int MaxRounds { get; init; } = 400;
    public int Reduction { get; init; } = 3;
    public TrainerOptions Trainer { get; init; } = new() { WalkForward = new() { Folds = 3, InitialTrainFraction = 0.5 } };
    public CostThreshold Cost { get; init; } = CostThreshold.BinanceSpotTaker;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Trials, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxParallelism, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MinRounds, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRounds, MinRounds);
        ArgumentOutOfRangeException.ThrowIfLessThan(Reduction, 2);
    }
}
