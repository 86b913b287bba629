namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>
/// The clock of every simulated run: a <see cref="TimeProvider"/> that stands at the close of the bar being handled and
/// only moves when its driver advances it. The backtest runner and the bot's replay/paper sessions (<c>BotSession</c>)
/// both use it, so the kernel sees the same time in both. Timers are not supported: everything happens on bar closes.
/// </summary>
/// <remarks>
/// A backwards move is refused in both uses. In a backtest it means the merged feed is out of order. The bot never
/// needs one either: a re-run after a crash builds a new session with a new clock and steps forward again from the
/// first stored bar, so a backwards move there is a feed bug too and must not be swallowed (the replaced bot clock
/// ignored it, letting the kernel run a bar at a time the clock did not show). Thread-safe: the bot's web endpoints
/// and jobs read the time while the trading cycle advances it.
/// </remarks>
public sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    // Volatile.Read of a long is atomic on every platform (.NET falls back to an interlocked read on 32-bit ones); on 64-bit
    // it is a plain load, where Interlocked.Read is a locked compare-exchange: the kernel reads the clock on every bar.
    public override DateTimeOffset GetUtcNow() => new(Volatile.Read(ref _ticks), TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Volatile.Read(ref _ticks);

    /// <summary>Moves the clock to <paramref name="time"/>; an earlier time is refused (the feed went backwards).</summary>
    public void AdvanceTo(DateTimeOffset time)
    {
        var t = time.UtcTicks;
        var now = Volatile.Read(ref _ticks);
        while (t > now)
        {
            var seen = Interlocked.CompareExchange(ref _ticks, t, now);
            if (seen == now) return;
            now = seen;
        }

        if (t < now)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, $"simulated clock: cannot move back from {new DateTimeOffset(now, TimeSpan.Zero):O} to {time.ToUniversalTime():O}");
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        throw new NotSupportedException("simulated clock: timers are not supported in a simulated run; act on bar closes instead");
}
