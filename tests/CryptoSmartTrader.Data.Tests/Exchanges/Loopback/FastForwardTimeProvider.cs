using System.Collections.Concurrent;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

/// <summary>
/// A clock for resilience tests: a timer due within <see cref="FastForwardLimit"/> (retry delays, Retry-After,
/// rate-limit waits) fires at once and moves the clock forward by its delay, which is recorded; longer timers
/// (per-attempt timeouts) never fire. Tests assert the requested delays, never elapsed wall time.
/// </summary>
public sealed class FastForwardTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly object _gate = new();
    private DateTimeOffset _now = start;

    public TimeSpan FastForwardLimit { get; init; } = TimeSpan.FromMinutes(1);

    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public void Advance(TimeSpan delta)
    {
        lock (_gate)
        {
            _now += delta;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class Timer(FastForwardTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private int _fired;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (dueTime == Timeout.InfiniteTimeSpan || dueTime > owner.FastForwardLimit || Interlocked.Exchange(ref _fired, 1) == 1)
            {
                return true;
            }

            owner.Delays.Enqueue(dueTime);
            owner.Advance(dueTime);
            ThreadPool.QueueUserWorkItem(_ => callback(state));
            return true;
        }

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
