using CryptoSmartTrader.Models.Calibration;
using CryptoSmartTrader.Models.Validation;

namespace CryptoSmartTrader.Models.Training;

/// <summary>How a horizon model is trained: walk-forward for out-of-fold predictions, then calibration and conformal intervals on them.</summary>
public sealed record TrainerOptions
{
    public WalkForwardOptions WalkForward { get; init; } = new() { Folds = 4, InitialTrainFraction = 0.5 };
    public CalibrationMethod Calibration { get; init; } = CalibrationMethod.Isotonic;

    /// <summary>How strongly ensemble spread lowers confidence (see <see cref="Uncertainty.Confidence"/>).</summary>
    public double ConfidenceShrink { get; init; } = 1.0;

    /// <summary>The trading gate the metrics report on.</summary>
    public double Gate { get; init; } = 0.8;

    /// <summary>Out-of-fold predictions needed before calibration and conformal intervals are fitted.</summary>
    public int MinOutOfFold { get; init; } = 50;
}
