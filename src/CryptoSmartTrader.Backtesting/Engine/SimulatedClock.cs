namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>
/// The backtest clock: a <see cref="TimeProvider"/> that only moves when the runner advances it to the next bar close.
/// It never moves backwards. Timers are not supported: everything in a backtest happens on bar closes.
/// </summary>
public sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => _now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => _now.UtcTicks;

    /// <summary>Moves the clock to <paramref name="time"/>; an earlier time is refused (the feed went backwards).</summary>
    public void AdvanceTo(DateTimeOffset time)
    {
        if (time < _now)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, $"simulated clock: cannot move back from {_now:O} to {time:O}");
        }

        _now = time.ToUniversalTime();
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        throw new NotSupportedException("simulated clock: timers are not supported in a backtest; act on bar closes instead");
}
