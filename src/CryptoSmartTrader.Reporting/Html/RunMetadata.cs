namespace CryptoSmartTrader.Reporting.Html;

/// <summary>How a report was produced: source, start, duration, git commit, data ranges, parameters and the failure if any.</summary>
public sealed record RunMetadata
{
    public string? Source { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public TimeSpan? Duration { get; init; }
    public string? GitCommit { get; init; }
    public IReadOnlyList<ReportDataRange> DataRanges { get; init; } = [];
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; } = [];

    /// <summary>Null when the run succeeded; otherwise the one-line failure.</summary>
    public string? Failure { get; init; }
}
