using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Risk;

/// <summary>
/// The drawdown ladder's moves. Up: at a level's threshold. Down: only once the drawdown is
/// <see cref="RiskOptions.LadderHysteresis"/> below the threshold being left (no flapping at 5.0 % ± 0.1 %). The
/// restrictive levels (Danger, Critical) and a drawdown kill switch end as <see cref="RiskOptions.Recovery"/> says; a
/// release takes the current equity as the new peak and is recorded as <see cref="ReasonCode.LadderReleased"/>.
/// </summary>
public sealed partial class RiskEngine
{
    private DateTimeOffset? _restrictedSince;
    private double _lastEquity;

    /// <summary>Since when the ladder has been at Danger or above (or halted by the drawdown kill switch); null when not.</summary>
    public DateTimeOffset? RestrictedSince => _restrictedSince;

    /// <summary>
    /// A person releases the ladder: the current equity becomes the new peak, the level returns to Normal and a drawdown
    /// kill switch ends. The way out of Danger and Critical under <see cref="LadderRecovery.Manual"/>; allowed under every policy.
    /// </summary>
    public void ReleaseLadder(DateTimeOffset time, string reason)
    {
        var before = State;
        Release(time, $"manual release: {reason}");
        RecordStateChange(before, time);
    }

    private DrawdownLevel LevelFor(double drawdown) =>
        drawdown >= _options.CriticalDrawdown ? DrawdownLevel.Critical
        : drawdown >= _options.DangerDrawdown ? DrawdownLevel.Danger
        : drawdown >= _options.WarningDrawdown ? DrawdownLevel.Warning
        : drawdown >= _options.CautionDrawdown ? DrawdownLevel.Caution
        : DrawdownLevel.Normal;

    private bool Restricted => Level >= DrawdownLevel.Danger || KillSwitchReason == ReasonCode.KillSwitchDrawdown;

    private void StepLadder(DateTimeOffset time, double equity)
    {
        _lastEquity = equity;
        var raw = LevelFor(Drawdown);
        var level = raw > Level ? raw : Level;
        if (raw < Level)
        {
            // The level a drawdown one hysteresis band worse would give: leaving a threshold needs that much room below it.
            var down = LevelFor(Drawdown + _options.LadderHysteresis);
            var held = Level >= DrawdownLevel.Danger && _options.Recovery != LadderRecovery.Drawdown;
            if (down < Level && !held) level = down;
        }

        if (level != Level)
        {
            Record(time, ReasonCode.LadderLevelChanged, $"drawdown {Drawdown:P2}: {Level} -> {level}");
            Level = level;
        }

        if (!Restricted)
        {
            if (_restrictedSince is not null) _restrictedSince = null;
            return;
        }

        _restrictedSince ??= time;
        switch (_options.Recovery)
        {
            case LadderRecovery.NewHigh when Drawdown <= 0:
                Release(time, $"recovery newHigh: equity {equity:0.##} is a new high");
                break;
            case LadderRecovery.Cooldown when time - _restrictedSince.Value >= _options.RecoveryCooldown:
                Release(time, $"recovery cooldown: restricted since {_restrictedSince.Value:yyyy-MM-dd'T'HH:mm'Z'} ({_options.RecoveryCooldown.TotalDays:0.##} days), " +
                              $"peak {_peak:0.##} reset to equity {equity:0.##} (drawdown was {Drawdown:P2})");
                break;
        }
    }

    private void Release(DateTimeOffset time, string details)
    {
        if (_lastEquity > 0) _peak = _lastEquity;
        Drawdown = 0;
        if (Level != DrawdownLevel.Normal)
        {
            Record(time, ReasonCode.LadderLevelChanged, $"drawdown 0.00% after release: {Level} -> {DrawdownLevel.Normal}");
            Level = DrawdownLevel.Normal;
        }

        if (KillSwitchReason == ReasonCode.KillSwitchDrawdown)
        {
            KillSwitchReason = ReasonCode.None;
            KillSwitchResumesAfter = null;
            details += "; drawdown kill switch ended";
        }

        _restrictedSince = null;
        Record(time, ReasonCode.LadderReleased, details);
    }
}
