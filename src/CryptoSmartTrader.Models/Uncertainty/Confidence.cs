namespace CryptoSmartTrader.Models.Uncertainty;

/// <summary>
/// Confidence = the calibrated probability of the predicted direction, max(p, 1 − p), lowered by
/// <paramref name="shrink"/> × the ensemble's spread of P(up) and floored at 0.5 (a coin flip).
/// </summary>
public static class Confidence
{
    public static double Of(double calibratedProbabilityUp, double spread = 0, double shrink = 1.0)
    {
        var p = Math.Clamp(calibratedProbabilityUp, 0, 1);
        var direction = Math.Max(p, 1 - p);
        var s = double.IsFinite(spread) ? Math.Max(0, spread) : 0;
        return Math.Clamp(direction - shrink * s, 0.5, 1);
    }
}
