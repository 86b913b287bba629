namespace CryptoSmartTrader.Features.PointInTime;

/// <summary>Outcome of a point-in-time check: which cuts were tried and what disagreed.</summary>
public sealed record PointInTimeReport(IReadOnlyList<int> CutIndices, int ValuesCompared, IReadOnlyList<PointInTimeViolation> Violations)
{
    public bool IsClean => Violations.Count == 0;

    public string Describe() => IsClean
        ? $"point-in-time clean: {CutIndices.Count} cuts, {ValuesCompared} values compared"
        : $"point-in-time violations ({Violations.Count} shown, {CutIndices.Count} cuts):{Environment.NewLine}  "
            + string.Join(Environment.NewLine + "  ", Violations);
}
