using CryptoSmartTrader.Backtesting.Engine;

namespace CryptoSmartTrader.Backtesting.Tests.Engine;

/// <summary>The one clock of backtests and of the bot's replay/paper sessions (issue 16).</summary>
public sealed class SimulatedClockTests
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void It_stands_at_the_last_time_it_was_advanced_to_in_utc()
    {
        var clock = new SimulatedClock(Start);
        Assert.Equal(Start, clock.GetUtcNow());

        clock.AdvanceTo(new DateTimeOffset(2024, 1, 1, 3, 0, 0, TimeSpan.FromHours(2)));

        Assert.Equal(Start.AddHours(1), clock.GetUtcNow());
        Assert.Equal(TimeSpan.Zero, clock.GetUtcNow().Offset);
        Assert.Equal(TimeSpan.FromHours(1), clock.GetElapsedTime(Start.UtcTicks));
    }

    [Fact]
    public void Advancing_to_the_same_time_again_is_allowed()
    {
        var clock = new SimulatedClock(Start);
        clock.AdvanceTo(Start.AddHours(1));
        clock.AdvanceTo(Start.AddHours(1));
        Assert.Equal(Start.AddHours(1), clock.GetUtcNow());
    }

    [Fact]
    public void A_move_backwards_is_refused_and_leaves_the_clock_where_it_was()
    {
        var clock = new SimulatedClock(Start);
        clock.AdvanceTo(Start.AddHours(2));

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => clock.AdvanceTo(Start.AddHours(1)));

        Assert.Equal("time", e.ParamName);
        Assert.Contains("cannot move back", e.Message, StringComparison.Ordinal);
        Assert.Equal(Start.AddHours(2), clock.GetUtcNow());
    }

    [Fact]
    public void Timers_are_refused()
    {
        var clock = new SimulatedClock(Start);
        Assert.Throws<NotSupportedException>(() => clock.CreateTimer(_ => { }, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan));
    }

    [Fact]
    public void Concurrent_advances_end_at_the_latest_time()
    {
        var clock = new SimulatedClock(Start);
        Parallel.For(1, 10_001, i =>
        {
            try
            {
                clock.AdvanceTo(Start.AddSeconds(i));
            }
            catch (ArgumentOutOfRangeException)
            {
                // Another thread got further first; refusing this move is the point.
            }
        });

        Assert.Equal(Start.AddSeconds(10_000), clock.GetUtcNow());
    }
}
