using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Validation;

namespace CryptoSmartTrader.Models.Stacking;

/// <summary>How a stack is fitted: the inner walk-forward that produces out-of-fold base predictions and the meta-learner's penalty.</summary>
public sealed record StackingOptions
{
    /// <summary>Inner purged walk-forward over the training rows; purged with the longest horizon in the stack.</summary>
    public WalkForwardOptions InnerWalkForward { get; init; } = new() { Folds = 4, InitialTrainFraction = 0.5 };

    /// <summary>L2 penalty of the logistic meta-learner (and the ridge return head) on standardised meta-features.</summary>
    public double MetaLambda { get; init; } = 1e-2;

    /// <summary>Other horizons whose base predictions (features at t, other horizon's labels) join the level-1 inputs.</summary>
    public IReadOnlyList<Horizon> OtherHorizons { get; init; } = [];

    /// <summary>Out-of-fold rows the meta-learner needs; fewer is an error naming the count.</summary>
    public int MinOutOfFold { get; init; } = 50;

    /// <summary>An inner fold is skipped when any target has fewer training rows than this.</summary>
    public int MinFoldTrainRows { get; init; } = 20;
}
