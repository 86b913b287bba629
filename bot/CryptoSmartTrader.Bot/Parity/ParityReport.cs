namespace CryptoSmartTrader.Bot.Parity;

/// <summary>
/// The bot's fills against a replay backtest of the same bars with the same package (<c>GET /api/parity</c>).
/// Slippage is in basis points of the backtest's fill price, signed so that positive means the bot filled worse.
/// </summary>
public sealed record ParityReport(
    DateTimeOffset CheckedAt,
    DateTimeOffset? LastClose,
    string Verdict,
    string Reason,
    int BotOrders,
    int BacktestOrders,
    int Matched,
    int OnlyInBot,
    int OnlyInBacktest,
    ParitySignificance Significance,
    IReadOnlyList<OrderParity> Orders)
{
    public const string InParity = "in parity";
    public const string Drifting = "drifting";
    public const string NotChecked = "not checked";

    public static ParityReport Empty(DateTimeOffset at, string reason) =>
        new(at, null, NotChecked, reason, 0, 0, 0, 0, 0, ParitySignificance.None, []);
}

/// <summary>One order of either side, matched by bar close, symbol and side (the n-th such order of that bar).</summary>
/// <param name="SlippageBps">Bot fill price vs backtest fill price (volume-weighted), positive = bot worse; null unless both filled.</param>
/// <param name="QuantityDifference">Bot filled quantity minus backtest filled quantity.</param>
public sealed record OrderParity(
    DateTimeOffset Bar,
    string Symbol,
    string Side,
    string? BotOrderId,
    string? BacktestOrderId,
    decimal? BotPrice,
    decimal? BacktestPrice,
    decimal BotQuantity,
    decimal BacktestQuantity,
    double? SlippageBps,
    decimal QuantityDifference);

/// <summary>
/// The test of "the mean per-order slippage difference is zero": an exact two-sided sign test (binomial, MathNet),
/// with the paired t-test's statistic shown for reference. See <see cref="ParityStatistics"/> for why the sign test decides.
/// </summary>
public sealed record ParitySignificance(
    string Test,
    int Pairs,
    int NonZero,
    int Worse,
    double MeanBps,
    double MedianBps,
    double SignTestPValue,
    double? TStatistic,
    double? TTestPValue,
    bool Significant)
{
    public static ParitySignificance None { get; } = new("sign test (exact, two-sided)", 0, 0, 0, 0, 0, 1, null, null, false);
}
