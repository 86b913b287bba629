using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Risk;

/// <summary>
/// Automatic halts by market triggers: a volatility shock or correlation spike halts trading for
/// <see cref="RiskOptions.MarketTriggerCooldown"/> of clock time; at the first bar close after that where no symbol's
/// latest return is a shock and the latest average correlation is below the threshold, trading resumes by itself.
/// Manual, drawdown, data-quality and system-error halts never end by themselves.
/// </summary>
public sealed partial class RiskEngine
{
    private bool[]? _shocked;
    private int _shockedCount;
    private bool _correlationHigh;

    /// <summary>When the kill switch was engaged by a market trigger: the earliest time it may end by itself; otherwise null.</summary>
    public DateTimeOffset? KillSwitchResumesAfter { get; private set; }

    /// <summary>True while some symbol's latest return is a volatility shock or the latest average correlation is a spike.</summary>
    public bool MarketTriggerActive => _shockedCount > 0 || _correlationHigh;

    private static bool IsMarketTrigger(ReasonCode reason) =>
        reason is ReasonCode.KillSwitchVolatilityShock or ReasonCode.KillSwitchCorrelationSpike;

    private void SetShocked(int symbolIndex, bool shock)
    {
        _shocked ??= new bool[_universe.Count];
        if (_shocked[symbolIndex] == shock) return;
        _shocked[symbolIndex] = shock;
        _shockedCount += shock ? 1 : -1;
    }

    /// <summary>Called at every bar close after the step's returns and correlation were observed.</summary>
    private void TryAutoResume(DateTimeOffset time)
    {
        if (KillSwitchResumesAfter is not { } after || time < after || MarketTriggerActive) return;
        var reason = KillSwitchReason;
        KillSwitchReason = ReasonCode.None;
        KillSwitchResumesAfter = null;
        Record(time, ReasonCode.KillSwitchAutoResumed, $"{reason} cool-down over ({_options.MarketTriggerCooldown}) and the condition has cleared: trading resumes");
    }
}
