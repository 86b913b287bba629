namespace CryptoSmartTrader.Bot.State;

// The JSON shapes behind each status-page panel. Kept as plain records so the API, the page and the tests share one contract.

internal sealed record EquityPoint(DateTimeOffset Time, decimal Equity, decimal Drawdown);

internal sealed record PositionView(string Symbol, decimal Quantity, decimal AverageCost, decimal Mark, decimal UnrealizedPnl);

internal sealed record OrderView(string ClientOrderId, string Symbol, string Side, string Type, decimal Quantity, decimal? LimitPrice,
    decimal Filled, string Status, DateTimeOffset CreatedAt);

internal sealed record PredictionView(string Symbol, string Horizon, DateTimeOffset AsOf, double ProbabilityUp, double Confidence,
    double ExpectedReturn, bool PassesGate, string Model);

internal sealed record DecisionView(DateTimeOffset Time, string Symbol, string Action, string Reason, string Details);

internal sealed record DataHealthView(string Symbol, double Score, bool Tradable, DateTimeOffset? LastClose, double StalenessSeconds,
    IReadOnlyList<string> Reasons);

internal sealed record JobView(string Name, DateTimeOffset? LastRun, DateTimeOffset? NextRun, string Outcome, double LastDurationMs,
    long Runs, long Failures);

internal sealed record AlertView(DateTimeOffset Time, string Severity, string Kind, string Message);

internal sealed record OverviewView(string Mode, string TradingState, string DrawdownLevel, bool KillSwitch, string? KillSwitchReason,
    decimal Equity, decimal Cash, decimal GrossExposure, decimal NetExposure, long Orders, long Fills, long Rejects,
    DateTimeOffset StartedAt, DateTimeOffset Now, string Node, IReadOnlyList<string> Notices, string? DataSource = null,
    string? LadderRecovery = null, string? HaltCode = null);
