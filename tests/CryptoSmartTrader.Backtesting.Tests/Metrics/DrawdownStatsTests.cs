using CryptoSmartTrader.Backtesting.Metrics;
using static CryptoSmartTrader.Backtesting.Tests.Metrics.ReturnMetricsTests;

namespace CryptoSmartTrader.Backtesting.Tests.Metrics;

public sealed class DrawdownStatsTests
{
    [Fact]
    public void Max_drawdown_and_longest_duration_by_hand()
    {
        // Peak 110 (day 1) → 99 (day 2): 10%; regained at 120 on day 4 → 3 days. Then 120 → 108: 10%, not regained (1 day).
        var dd = DrawdownStats.Compute(Curve(100, 110, 99, 105, 120, 108));
        Assert.Equal(0.1, dd.MaxDrawdown, 12);
        Assert.Equal(T0.AddDays(1), dd.PeakTime);
        Assert.Equal(T0.AddDays(2), dd.TroughTime);
        Assert.Equal(TimeSpan.FromDays(3), dd.LongestDuration);
        Assert.Equal(3, dd.LongestDurationBars);
        Assert.True(dd.Recovered);
    }

    [Fact]
    public void An_unrecovered_drawdown_lasts_to_the_end()
    {
        // 100 → 80 (20%) → 90 → 95: never regained, 3 days from the peak.
        var dd = DrawdownStats.Compute(Curve(100, 80, 90, 95));
        Assert.Equal(0.2, dd.MaxDrawdown, 12);
        Assert.Equal(TimeSpan.FromDays(3), dd.LongestDuration);
        Assert.False(dd.Recovered);
    }

    [Fact]
    public void A_rising_curve_has_no_drawdown()
    {
        var dd = DrawdownStats.Compute(Curve(100, 101, 102));
        Assert.Equal(0, dd.MaxDrawdown);
        Assert.Null(dd.PeakTime);
        Assert.Equal(TimeSpan.Zero, dd.LongestDuration);
    }
}
