using CryptoSmartTrader.Backtesting.Metrics;

namespace CryptoSmartTrader.Backtesting.Results;

/// <summary>
/// result.json as a type: what <see cref="ResultsWriter"/> writes and what readers (the tearsheet) read back, so a field
/// renamed on one side cannot silently vanish on the other. Times are ISO-8601 UTC text, as in the file. The property
/// order is the file's field order. What identifies a run is required; the parts added to the format later (counts,
/// ladder, windows, account currency) may be absent in older files and read as null.
/// </summary>
public sealed record ResultSummary
{
    public required string Format { get; init; }
    public string? Directory { get; init; }
    public required ResultSummarySettings Settings { get; init; }
    public required MetricsReport Metrics { get; init; }
    public required string OrderListHash { get; init; }
    public ResultSummaryCounts? Counts { get; init; }
    public ResultSummaryLadder? Ladder { get; init; }
    public IReadOnlyList<ResultSummaryWindow>? Windows { get; init; }

    /// <summary>The run's warnings (absent in older files); e.g. a derivatives model's stored series missing for a symbol.</summary>
    public IReadOnlyList<string>? Warnings { get; init; }
}

public sealed record ResultSummarySettings
{
    public required string Strategy { get; init; }
    public required string Exchange { get; init; }
    public required IReadOnlyList<string> Symbols { get; init; }
    public required string Timeframe { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public decimal InitialCash { get; init; }
    public string? AccountCurrency { get; init; }
    public int WarmupBars { get; init; }
    public bool WalkForward { get; init; }
    public IReadOnlyDictionary<string, string> Costs { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> Risk { get; init; } = new Dictionary<string, string>();
}

public sealed record ResultSummaryCounts(int Bars, int Steps, int WarmupSteps, int Orders, int Fills, int Trades, int Decisions, int EquityPoints);

/// <summary>The drawdown ladder's story: level changes, releases by the recovery policy, and where it was held at the end.</summary>
public sealed record ResultSummaryLadder(int LevelChanges, IReadOnlyList<ResultSummaryRelease> Releases, ResultSummaryHeld? HeldToEnd);

public sealed record ResultSummaryRelease(string Time, string? Details);

public sealed record ResultSummaryHeld(string Since, string Level, string Recovery, string Summary);

public sealed record ResultSummaryWindow(int Index, string TrainFrom, string TrainTo, string TestTo, ResultSummaryTraining? Training);

public sealed record ResultSummaryTraining(string Model, string FirstSample, string LastSample, string LabelsEnd);
