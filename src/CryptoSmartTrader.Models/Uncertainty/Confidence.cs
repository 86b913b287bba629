namespace CryptoSmartTrader.Models.Uncertainty;

/// <summary>
/// Confidence = the calibrated probability of the predicted direction, max(p, 1 − p) (in trained models: its Wilson
/// lower bound given the calibration evidence), lowered by shrink × the ensemble's spread of P(up) and floored at 0.5.
/// </summary>
public static class Confidence
{
    public static double Of(double calibratedProbabilityUp, double spread = 0, double shrink = 1.0)
    {
        var p = Math.Clamp(calibratedProbabilityUp, 0, 1);
        return OfDirection(Math.Max(p, 1 - p), spread, shrink);
    }

    /// <summary>
    /// The same from a probability of the predicted direction that may already be lowered for thin calibration
    /// evidence (see <see cref="Calibration.ProbabilityCalibrator.DirectionalLowerBound"/>).
    /// </summary>
    public static double OfDirection(double directionProbability, double spread = 0, double shrink = 1.0)
    {
        var s = double.IsFinite(spread) ? Math.Max(0, spread) : 0;
        return Math.Clamp(Math.Clamp(directionProbability, 0, 1) - shrink * s, 0.5, 1);
    }
}
