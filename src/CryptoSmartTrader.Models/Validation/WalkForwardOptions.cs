namespace CryptoSmartTrader.Models.Validation;

/// <summary>
/// Walk-forward validation with purging and an embargo (López de Prado, AFML ch. 7). The time span after the first
/// <see cref="InitialTrainFraction"/> is cut into <see cref="Folds"/> consecutive test blocks.
/// </summary>
public sealed record WalkForwardOptions
{
    public int Folds { get; init; } = 5;
    public WalkForwardMode Mode { get; init; } = WalkForwardMode.Anchored;
    public double InitialTrainFraction { get; init; } = 0.5;

    /// <summary>Rolling mode only: the length of each training window.</summary>
    public TimeSpan? TrainWindow { get; init; }

    /// <summary>Extra gap between training and testing; raised to the horizon when shorter.</summary>
    public TimeSpan Embargo { get; init; } = TimeSpan.Zero;

    internal void Validate()
    {
        if (Folds < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Folds), Folds, "walk-forward: folds must be at least 1");
        }

        if (!(InitialTrainFraction > 0 && InitialTrainFraction < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(InitialTrainFraction), InitialTrainFraction, "walk-forward: initial train fraction must be in (0, 1)");
        }

        if (Mode == WalkForwardMode.Rolling && !(TrainWindow > TimeSpan.Zero))
        {
            throw new ArgumentException("walk-forward: rolling mode needs a positive TrainWindow", nameof(TrainWindow));
        }

        if (Embargo < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Embargo), Embargo, "walk-forward: embargo must not be negative");
        }
    }
}
