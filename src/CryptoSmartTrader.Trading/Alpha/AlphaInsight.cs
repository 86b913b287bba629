namespace CryptoSmartTrader.Trading.Alpha;

/// <summary>
/// An alpha's view on one symbol at a bar close (LEAN's Insight), as plain doubles for the hot path.
/// <see cref="Direction"/> in [-1, 1]; <see cref="Confidence"/> is the calibrated probability of that direction;
/// <see cref="PayoffRatio"/> is the expected win/loss size ratio b used by Kelly; <see cref="Uncertainty"/> is an
/// interval width or ensemble spread (0 when unknown) that shrinks the size. The default value means "no view".
/// </summary>
public readonly record struct AlphaInsight(double Direction, double Confidence, double PayoffRatio, double Uncertainty, ReasonTag Source)
{
    public bool HasView => Source != ReasonTag.None;

    public static AlphaInsight Flat(double confidence, ReasonTag source) => new(0, confidence, 1, 0, source);
}
