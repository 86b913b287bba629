using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Labels;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Models.Tests.Labels;

public sealed class TripleBarrierTests
{
    private static readonly TripleBarrierOptions Options = new() { UpperMultiple = 1, LowerMultiple = 1, VolatilityLookback = 2 };

    // Trailing returns ln(1.01), ln(1/1.01): sample sd = sqrt(2)·ln(1.01) ≈ 0.01407; over 2 bars the barrier is ≈ ±1.99%.
    [Theory]
    [InlineData(100.5, 103.0, 1)]   // +3% on the 2nd bar: upper barrier
    [InlineData(97.0, 99.0, -1)]    // -3% on the 1st bar: lower barrier first
    [InlineData(100.5, 101.0, 0)]   // stays inside: vertical barrier
    public void First_barrier_touched_decides_the_label(double next1, double next2, double expected)
    {
        var series = SyntheticCandles.FromCloses([100, 101, 100, next1, next2]);
        var labels = TripleBarrier.Label(series, new Horizon(TimeSpan.FromHours(2)), Options);
        Assert.Equal(expected, labels[2]);
        Assert.True(double.IsNaN(labels[1])); // not enough past bars for the volatility
        Assert.True(double.IsNaN(labels[3])); // horizon runs past the data
    }

    [Fact]
    public void A_gap_inside_the_horizon_makes_the_label_missing()
    {
        var labels = TripleBarrier.Label(ForwardReturnsTests.SeriesWithGap(), new Horizon(TimeSpan.FromHours(1)), Options with { VolatilityLookback = 2 });
        Assert.All(labels, l => Assert.True(double.IsNaN(l)));
    }

    [Fact]
    public void Bad_options_are_rejected()
    {
        var series = SyntheticCandles.FromCloses([100, 101, 100, 101]);
        Assert.Throws<ArgumentOutOfRangeException>(() => TripleBarrier.Label(series, Horizon.H1, Options with { UpperMultiple = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => TripleBarrier.Label(series, Horizon.H1, Options with { VolatilityLookback = 1 }));
        Assert.Throws<ArgumentException>(() => TripleBarrier.Label(series, new Horizon(TimeSpan.FromMinutes(90)), Options));
    }
}
