using CryptoSmartTrader.Backtesting.Metrics;

namespace CryptoSmartTrader.Backtesting.Tests.Metrics;

/// <summary>VaR/CVaR sort only the tail; the figures must be bit-identical to sorting every return.</summary>
public sealed class TailRiskSelectionTests
{
    private static (double, double) FullSort(double[] returns, double confidence)
    {
        var sorted = returns.ToArray();
        Array.Sort(sorted);
        var h = (sorted.Length - 1) * (1 - confidence);
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        var q = sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
        double sum = 0;
        var n = 0;
        foreach (var r in sorted)
        {
            if (r > q) break;
            sum += r;
            n++;
        }

        return (-q, n == 0 ? -q : -sum / n);
    }

    [Theory]
    [InlineData(1, 0.95, 0.0)]
    [InlineData(2, 0.99, 0.5)]
    [InlineData(3, 0.95, 0.97)] // mostly flat bars: the 5 % quantile is 0 and ties run past the selected tail
    [InlineData(4, 0.5, 0.2)]
    public void Equals_the_full_sort_bit_for_bit(int seed, double confidence, double zeroShare)
    {
        var random = new Random(seed);
        foreach (var length in new[] { 1, 2, 3, 20, 1001, 50_000 })
        {
            var r = Enumerable.Range(0, length).Select(_ => random.NextDouble() < zeroShare ? 0.0 : Math.Round((random.NextDouble() - 0.5) * 0.02, 4)).ToArray();
            Assert.Equal(FullSort(r, confidence), TailRisk.Historical(r, confidence));
        }
    }
}
