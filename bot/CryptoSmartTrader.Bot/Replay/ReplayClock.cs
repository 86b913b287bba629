namespace CryptoSmartTrader.Bot.Replay;

/// <summary>The kernel's clock in paper/replay mode: it stands at the close of the bar being handled, never at wall time.</summary>
internal sealed class ReplayClock : TimeProvider
{
    private long _ticks = DateTimeOffset.UnixEpoch.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    /// <summary>Moves the clock to <paramref name="time"/>; it never goes back.</summary>
    public void AdvanceTo(DateTimeOffset time)
    {
        var t = time.UtcTicks;
        if (t > Interlocked.Read(ref _ticks)) Interlocked.Exchange(ref _ticks, t);
    }
}
