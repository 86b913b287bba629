using CryptoSmartTrader.Backtesting.Metrics;

namespace CryptoSmartTrader.Backtesting.Tests.Metrics;

public sealed class TailRiskTests
{
    [Fact]
    public void Historical_var_and_cvar_by_hand()
    {
        // 11 returns; sorted[0] = −0.05, sorted[1] = −0.04; type-7 5% quantile at h = 10·0.05 = 0.5 → −0.045.
        // Returns at or below it: {−0.05} → CVaR 0.05.
        double[] r = [-0.05, 0.02, -0.03, 0.01, 0.04, -0.01, 0.03, -0.02, 0.00, 0.05, -0.04];
        var (var95, cvar95) = TailRisk.Historical(r);
        Assert.Equal(0.045, var95, 12);
        Assert.Equal(0.05, cvar95, 12);
    }

    [Fact]
    public void Var_at_90_percent_interpolates_the_tenth_percentile()
    {
        // h = 10·0.1 = 1 → sorted[1] = −0.04; returns ≤ −0.04: {−0.05, −0.04} → CVaR 0.045.
        double[] r = [-0.05, 0.02, -0.03, 0.01, 0.04, -0.01, 0.03, -0.02, 0.00, 0.05, -0.04];
        var (v, c) = TailRisk.Historical(r, 0.90);
        Assert.Equal(0.04, v, 12);
        Assert.Equal(0.045, c, 12);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(95.0)]
    public void Confidence_outside_0_1_is_rejected(double c)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TailRisk.Historical([0.01, 0.02], c));
        Assert.Contains("confidence", ex.Message);
    }
}
