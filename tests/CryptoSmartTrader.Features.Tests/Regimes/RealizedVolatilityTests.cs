using CryptoSmartTrader.Features.Regimes;

namespace CryptoSmartTrader.Features.Tests.Regimes;

public sealed class RealizedVolatilityTests
{
    [Fact]
    public void Rolling_volatility_is_the_sample_deviation_of_the_last_log_returns()
    {
        double[] c = [100, 101, 99, 102];
        var rv = RealizedVolatility.Rolling(c, 2);
        var r1 = Math.Log(99.0 / 101);
        var r2 = Math.Log(102.0 / 99);
        var mean = (r1 + r2) / 2;
        var expected = Math.Sqrt(((r1 - mean) * (r1 - mean) + (r2 - mean) * (r2 - mean)) / 1);
        Assert.True(double.IsNaN(rv[1]));
        Assert.Equal(expected, rv[3], 14);
    }

    [Fact]
    public void Percentile_ranks_the_current_value_among_the_trailing_lookback_only()
    {
        double[] v = [double.NaN, 5, 1, 3, 2, 9];
        var p = RealizedVolatility.Percentile(v, 3);
        Assert.True(double.IsNaN(p[2])); // window 0..2 holds a NaN (not ready)
        Assert.Equal(2.0 / 3, p[3], 14);  // {5,1,3}: 1 and 3 are <= 3
        Assert.Equal(2.0 / 3, p[4], 14);  // {1,3,2}: 1 and 2
        Assert.Equal(1.0, p[5], 14);      // {3,2,9}
    }

    [Fact]
    public void Bad_windows_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RealizedVolatility.Rolling([1, 2, 3], 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => RealizedVolatility.Percentile([1, 2, 3], 1));
    }
}
