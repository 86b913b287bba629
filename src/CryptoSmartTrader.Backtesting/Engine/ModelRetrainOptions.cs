namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>How <see cref="ModelWalkForwardTrainer"/> retrains a registered model's recipe per walk-forward window.</summary>
public sealed class ModelRetrainOptions
{
    /// <summary>Keep one training sample per symbol per this duration (as <c>cst train --stride</c>); null keeps every bar.</summary>
    public TimeSpan? Stride { get; init; }

    /// <summary>Overrides the recorded XGBoost round count (fewer rounds: faster, cruder); null keeps the model's.</summary>
    public int? XGBoostRounds { get; init; }

    /// <summary>
    /// Gap between the end of the training labels and the first out-of-sample bar, in horizons (the embargo). The labels
    /// end by <c>TestFrom − Embargo × horizon</c>; at least 1.
    /// </summary>
    public int EmbargoHorizons { get; init; } = 1;

    internal void Validate()
    {
        if (Stride is { } s && s <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(Stride), s, "model retraining: Stride must be positive");
        if (XGBoostRounds is < 1) throw new ArgumentOutOfRangeException(nameof(XGBoostRounds), XGBoostRounds, "model retraining: XGBoostRounds must be at least 1");
        if (EmbargoHorizons < 1) throw new ArgumentOutOfRangeException(nameof(EmbargoHorizons), EmbargoHorizons, "model retraining: EmbargoHorizons must be at least 1");
    }
}
