using CryptoSmartTrader.Features.Indicators.Volatility;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Features.Tests.Indicators.Volatility;

/// <summary>The branch-free batch ATR kernel against the textbook Wilder recurrence, bit for bit.</summary>
public sealed class AtrKernelTests
{
    [Theory]
    [InlineData("BTC", 14)]
    [InlineData("DOGE", 14)]
    [InlineData("ETH", 2)]
    public void Batch_kernel_equals_the_textbook_recurrence_bit_for_bit_on_real_bars(string coin, int period)
    {
        var s = SharedCandles.BinanceHourly(coin);
        var (high, low, close) = (s.High.ToArray(), s.Low.ToArray(), s.Close.ToArray());
        var actual = new double[close.Length];
        Array.Fill(actual, double.NaN);
        Atr.Kernel(high, low, close, actual, period);

        // Wilder (1978): TR = max(H − L, |H − C₋₁|, |L − C₋₁|); SMA seed of the first n TRs, then atr·(n−1)/n + TR/n (as ·β + ·α).
        double atr = 0, alpha = 1.0 / period, beta = (period - 1.0) / period;
        for (var i = 1; i < close.Length; i++)
        {
            var tr = Math.Max(high[i] - low[i], Math.Max(Math.Abs(high[i] - close[i - 1]), Math.Abs(low[i] - close[i - 1])));
            if (i < period)
            {
                atr += tr;
                Assert.True(double.IsNaN(actual[i]));
                continue;
            }

            atr = i == period ? (atr + tr) / period : atr * beta + tr * alpha;
            Assert.True(BitConverter.DoubleToInt64Bits(atr) == BitConverter.DoubleToInt64Bits(actual[i]), $"bar {i}: expected {atr:R}, got {actual[i]:R}");
        }
    }

    [Fact]
    public void Too_short_destination_is_rejected()
    {
        var s = SharedCandles.BinanceHourly("BTC").Slice(0, 100);
        var ex = Assert.Throws<ArgumentException>(() => Atr.Kernel(s.High, s.Low, s.Close, new double[99], 14));
        Assert.Contains("destination holds 99 values, expected at least 100", ex.Message);
    }
}
