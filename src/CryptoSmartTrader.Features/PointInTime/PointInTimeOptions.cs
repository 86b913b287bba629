namespace CryptoSmartTrader.Features.PointInTime;

/// <summary>How <see cref="PointInTimeVerifier"/> samples cut points and compares values.</summary>
public sealed record PointInTimeOptions
{
    /// <summary>Number of random cut points (bar indices) to truncate at.</summary>
    public int Cuts { get; init; } = 50;

    /// <summary>Seed of the cut-point generator, so a failure reproduces.</summary>
    public int Seed { get; init; } = 20240101;

    /// <summary>Values agree when |a − b| ≤ Tolerance · max(1, |a|, |b|); NaN agrees only with NaN.</summary>
    public double Tolerance { get; init; } = 1e-9;

    /// <summary>Compare every row up to the cut (true) or only the cut row (false).</summary>
    public bool CompareWholePrefix { get; init; } = true;

    /// <summary>Stop collecting after this many violations.</summary>
    public int MaxViolations { get; init; } = 25;
}
