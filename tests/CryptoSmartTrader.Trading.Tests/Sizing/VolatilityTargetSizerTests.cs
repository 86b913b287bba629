using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Sizing;

namespace CryptoSmartTrader.Trading.Tests.Sizing;

public sealed class VolatilityTargetSizerTests
{
    [Fact]
    public void Weight_is_target_over_annualised_volatility()
    {
        var sizer = new VolatilityTargetSizer(new VolatilityTargetSizerOptions { TargetAnnualVolatility = 0.2, BarsPerYear = 8760, MaxPositionFraction = 1 });
        var insight = new AlphaInsight(1, 0.9, 1, 0, ReasonTag.Rule);
        // σ_bar 1% → annual 0.01 × √8760 = 0.9359487; 0.2 / 0.9359487 = 0.2136869
        Assert.Equal(0.2136869, sizer.Fraction(insight, new SizingContext(1, 1, 0.01)), 6);
        Assert.Equal(0.2136869 / 2, sizer.Fraction(insight, new SizingContext(1, 0.5, 0.01)), 6);
    }

    [Fact]
    public void Unknown_volatility_sizes_zero_and_cap_applies()
    {
        var sizer = new VolatilityTargetSizer(new VolatilityTargetSizerOptions { MaxPositionFraction = 0.1 });
        var insight = new AlphaInsight(1, 0.9, 1, 0, ReasonTag.Rule);
        Assert.Equal(0, sizer.Fraction(insight, SizingContext.Neutral));
        Assert.Equal(0.1, sizer.Fraction(insight, new SizingContext(1, 1, 0.0001)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new VolatilityTargetSizer(new VolatilityTargetSizerOptions { BarsPerYear = 0 }));
    }
}
