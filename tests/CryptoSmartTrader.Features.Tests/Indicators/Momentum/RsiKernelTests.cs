using CryptoSmartTrader.Features.Indicators.Momentum;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Features.Tests.Indicators.Momentum;

/// <summary>The branch-free batch RSI kernel against the textbook Wilder recurrence, bit for bit.</summary>
public sealed class RsiKernelTests
{
    [Theory]
    [InlineData("BTC", 14)]
    [InlineData("DOGE", 14)]
    [InlineData("ETH", 2)]
    public void Batch_kernel_equals_the_textbook_recurrence_bit_for_bit_on_real_closes(string coin, int period)
    {
        var close = SharedCandles.BinanceHourly(coin).Close.ToArray();
        var actual = new double[close.Length];
        Array.Fill(actual, double.NaN);
        Rsi.Kernel(close, actual, period);

        // Wilder (1978) as written: SMA seed of the first n gains/losses, then avg·(n−1)/n + x/n (as ·β + ·α), RSI = 100·G/(G+L).
        double gain = 0, loss = 0, alpha = 1.0 / period, beta = (period - 1.0) / period;
        for (var i = 1; i < close.Length; i++)
        {
            var d = close[i] - close[i - 1];
            if (i <= period)
            {
                gain += Math.Max(d, 0);
                loss += Math.Max(-d, 0);
                if (i < period)
                {
                    Assert.True(double.IsNaN(actual[i]));
                    continue;
                }

                gain /= period;
                loss /= period;
            }
            else
            {
                gain = gain * beta + Math.Max(d, 0) * alpha;
                loss = loss * beta + Math.Max(-d, 0) * alpha;
            }

            var expected = gain + loss == 0 ? 50 : 100 * gain / (gain + loss);
            Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual[i]), $"bar {i}: expected {expected:R}, got {actual[i]:R}");
        }

        Assert.True(double.IsNaN(actual[0]));
    }

    [Fact]
    public void Too_short_destination_is_rejected()
    {
        var close = SharedCandles.BinanceHourly("BTC").Close[..100].ToArray();
        var ex = Assert.Throws<ArgumentException>(() => Rsi.Kernel(close, new double[99], 14));
        Assert.Contains("destination holds 99 values, expected at least 100", ex.Message);
    }
}
