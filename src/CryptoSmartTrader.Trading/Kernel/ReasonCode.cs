namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>Why the kernel, the risk engine or the venue did what it did. Recorded with every decision.</summary>
public enum ReasonCode
{
    None = 0,

    // kernel / alpha
    SignalEntry = 1,
    SignalExit = 2,
    Rebalance = 3,
    ManualOrder = 4,
    AlgorithmSlice = 5,
    BelowMinimumOrder = 6,
    ExchangeRuleRejected = 7,
    LimitRepriced = 8,
    ProtectiveStop = 9,

    // risk: approvals and shrinks share the rule codes below
    Approved = 20,
    ConfidenceTooLow = 21,
    MaxPositionExceeded = 22,
    MaxGrossExposureExceeded = 23,
    MaxNetExposureExceeded = 24,
    ClusterExposureExceeded = 25,
    SpreadTooWide = 26,
    DepthTooThin = 27,
    VolumeTooLow = 28,
    LiquidityUnknown = 29,
    DataQualityFailed = 30,
    DailyLossLimitHalt = 31,
    DrawdownReducingOnly = 32,
    KillSwitchEngaged = 33,
    TradingHalted = 34,
    TradingReducingOnly = 35,
    ShortNotAllowed = 36,
    InsufficientCash = 37,
    PaperOnly = 38,
    InvalidOrder = 39,

    // venue
    Filled = 50,
    PartiallyFilled = 51,
    VenueRejected = 52,
    PostOnlyWouldCross = 53,
    Canceled = 54,
    Expired = 55,
    Replaced = 56,
    Submitted = 57,

    /// <summary>
    /// The live venue holds new orders: an order's outcome is unknown, or working orders could not be read at the last bar
    /// close. Nothing is sent until the venue answers (then trading resumes by itself).
    /// </summary>
    VenueHold = 58,

    // state changes
    LadderLevelChanged = 70,
    DailyReset = 71,
    KillSwitchManual = 72,
    KillSwitchDrawdown = 73,
    KillSwitchVolatilityShock = 74,
    KillSwitchCorrelationSpike = 75,
    KillSwitchDataQualityCollapse = 76,
    KillSwitchSystemErrors = 77,
    KillSwitchReleased = 78,
    TradingStateChanged = 79,
    KillSwitchAutoResumed = 80,

    /// <summary>The drawdown ladder was released by its recovery policy or a person: the peak was reset to the current equity.</summary>
    LadderReleased = 81,
}
