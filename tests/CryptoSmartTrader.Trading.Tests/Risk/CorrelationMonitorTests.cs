using CryptoSmartTrader.Trading.Risk;

namespace CryptoSmartTrader.Trading.Tests.Risk;

public sealed class CorrelationMonitorTests
{
    [Fact]
    public void Identical_returns_correlate_fully_and_opposite_ones_negatively()
    {
        var monitor = new CorrelationMonitor(3);
        var rng = new Random(1);
        (double Average, int Symbols) last = default;
        for (var k = 0; k < 80; k++)
        {
            var r = rng.NextDouble() - 0.5;
            last = monitor.Update([r, r, 2 * r], warmup: 50);
        }

        Assert.Equal(3, last.Symbols);
        Assert.Equal(1.0, last.Average, 6);

        var mixed = new CorrelationMonitor(2);
        for (var k = 0; k < 80; k++)
        {
            var r = rng.NextDouble() - 0.5;
            last = mixed.Update([r, -r], warmup: 50);
        }

        Assert.Equal(-1.0, last.Average, 6);
    }

    [Fact]
    public void Nothing_is_reported_before_warm_up_or_for_missing_bars()
    {
        var monitor = new CorrelationMonitor(2);
        var (avg, symbols) = monitor.Update([0.01, double.NaN], warmup: 2);
        Assert.True(double.IsNaN(avg));
        Assert.Equal(0, symbols);
    }
}
