namespace CryptoSmartTrader.Trading.Risk;

/// <summary>
/// When the drawdown ladder leaves its restrictive levels (Danger and Critical: reduce-only) and when a drawdown kill
/// switch ends. Below Danger every policy steps down as the drawdown recovers, with <see cref="RiskOptions.LadderHysteresis"/>.
/// Every release is a decision with reason <c>LadderReleased</c>.
/// </summary>
public enum LadderRecovery
{
    /// <summary>Every level steps down as the drawdown from the all-time peak recovers (with hysteresis); the drawdown
    /// kill switch latches. The behaviour before recovery policies existed, and the default of <see cref="RiskOptions"/>.</summary>
    Drawdown = 0,

    /// <summary>Danger and Critical hold until a person releases the ladder (<see cref="RiskEngine.ReleaseLadder"/>), which
    /// takes the current equity as the new peak. The policy for live trading.</summary>
    Manual = 1,

    /// <summary>Danger and Critical hold until equity makes a new all-time high. Research: only a strategy that keeps
    /// positions while reduce-only can get there; a flat book stays restricted.</summary>
    NewHigh = 2,

    /// <summary>Research: Danger and Critical hold (even if the drawdown recovers meanwhile) until
    /// <see cref="RiskOptions.RecoveryCooldown"/> of clock time has passed since the ladder reached Danger (or the drawdown
    /// kill switch halted it); then the current equity becomes the new peak and trading resumes, so a multi-year backtest
    /// trades on after its first crash.</summary>
    Cooldown = 3,
}
