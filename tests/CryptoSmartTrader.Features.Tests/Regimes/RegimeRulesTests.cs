using CryptoSmartTrader.Features.Regimes;

namespace CryptoSmartTrader.Features.Tests.Regimes;

public sealed class RegimeRulesTests
{
    private static readonly RegimeOptions Options = new();

    // hurst, dfa, adx, rv, rvPct, ret24, trend, drawdown, breadth
    [Theory]
    [InlineData(0.6, 0.6, 30, 0.01, 0.5, 0.05, 0.03, -0.01, double.NaN, MarketRegime.TrendUp)]
    [InlineData(0.6, 0.6, 30, 0.01, 0.5, -0.05, -0.03, -0.06, double.NaN, MarketRegime.TrendDown)]
    [InlineData(0.4, 0.4, 30, 0.01, 0.5, 0.05, 0.03, -0.01, double.NaN, MarketRegime.Ranging)] // ADX high but anti-persistent
    [InlineData(0.6, 0.6, 15, 0.01, 0.5, 0.05, 0.03, -0.01, double.NaN, MarketRegime.Ranging)] // persistent but weak ADX
    [InlineData(0.5, 0.5, 15, 0.01, 0.95, 0.02, 0.01, -0.02, double.NaN, MarketRegime.VolatilityExpansion)]
    [InlineData(0.5, 0.5, 15, 0.01, 0.05, 0.00, 0.00, -0.01, double.NaN, MarketRegime.Compression)]
    [InlineData(0.5, 0.5, 40, 0.01, 0.85, -0.20, -0.10, -0.20, double.NaN, MarketRegime.Crash)]
    [InlineData(0.5, 0.5, 40, 0.01, 0.85, -0.20, -0.10, -0.20, 0.10, MarketRegime.Crash)]
    [InlineData(0.5, 0.5, 40, 0.01, 0.95, -0.20, -0.10, -0.20, 0.70, MarketRegime.VolatilityExpansion)] // broad market fine: not a crash
    [InlineData(0.6, 0.6, 40, 0.01, 0.85, -0.05, -0.03, -0.05, double.NaN, MarketRegime.TrendDown)] // -0.05 > -3·0.01·√24 and dd > -15%
    public void Rules_follow_the_documented_priority(double h, double dfa, double adx, double rv, double pct, double ret, double trend,
        double dd, double breadth, MarketRegime expected)
    {
        var x = new RegimeInputs
        {
            Hurst = [h], HurstDfa = [dfa], Adx = [adx], Rv = [rv], RvPct = [pct], Return = [ret], Trend = [trend], Drawdown = [dd], Breadth = [breadth],
        };
        Assert.Equal(expected, RegimeRules.Classify(x, 0, Options));
    }
}
