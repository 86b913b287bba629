namespace CryptoSmartTrader.Features.PointInTime;

/// <summary>A feature value that changed when later bars were added: evidence of look-ahead.</summary>
/// <param name="Column">Feature column.</param>
/// <param name="Row">Bar index of the value.</param>
/// <param name="CutIndex">Last bar index of the truncated history.</param>
/// <param name="Full">Value on the full history.</param>
/// <param name="Truncated">Value on the history truncated at <paramref name="CutIndex"/>.</param>
public sealed record PointInTimeViolation(string Column, int Row, int CutIndex, double Full, double Truncated)
{
    public override string ToString() => $"{Column}[{Row}]: full={Full:R} truncated@{CutIndex}={Truncated:R}";
}
