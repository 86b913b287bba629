namespace CryptoSmartTrader.Bot.Tests.Live;

/// <summary>
/// A clock for running the bot's live feed through many candle closes in seconds: it stands still except that a timer
/// of at least <see cref="Threshold"/> (the feed's wait for the next close) moves it forward by its due time and fires
/// at once. Shorter timers (HTTP timeouts, retry pauses) run on the real clock, so they never fire early.
/// </summary>
internal sealed class JumpingTimeProvider(DateTimeOffset start, TimeSpan threshold) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public TimeSpan Threshold { get; } = threshold;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        dueTime != Timeout.InfiniteTimeSpan && dueTime >= Threshold
            ? new Jump(this, callback, state, dueTime)
            : TimeProvider.System.CreateTimer(callback, state, dueTime, period);

    private sealed class Jump : ITimer
    {
        public Jump(JumpingTimeProvider owner, TimerCallback callback, object? state, TimeSpan due)
        {
            Interlocked.Add(ref owner._ticks, due.Ticks);
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
