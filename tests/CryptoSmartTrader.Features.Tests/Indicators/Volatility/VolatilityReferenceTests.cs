using CryptoSmartTrader.Features.Indicators.Volatility;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Features.Tests.Indicators.Volatility;

public sealed class VolatilityReferenceTests
{
    [Fact]
    public void Bollinger_by_hand_uses_the_population_standard_deviation()
    {
        // closes 1..5, period 5: mean 3, population variance (4+1+0+1+4)/5 = 2
        var bb = new BollingerBands(5, 2).Compute(SyntheticCandles.FromCloses([1, 2, 3, 4, 5]));
        Assert.Equal(3, bb["bb_mid_5_2"][4], 12);
        Assert.Equal(3 + 2 * Math.Sqrt(2), bb["bb_upper_5_2"][4], 12);
        Assert.Equal(3 - 2 * Math.Sqrt(2), bb["bb_lower_5_2"][4], 12);
        Assert.Equal((5 - (3 - 2 * Math.Sqrt(2))) / (4 * Math.Sqrt(2)), bb["bb_pctb_5_2"][4], 12);
        Assert.Equal(4 * Math.Sqrt(2) / 3, bb["bb_width_5_2"][4], 12);
    }

    [Fact]
    public void Atr_by_hand_is_seeded_with_the_mean_true_range_then_wilder_smoothed()
    {
        // no wicks: bar i spans [min(c[i-1], c[i]), max(...)], so TR = |c[i] − c[i−1]|: 1, 2, 4, 8
        var atr = new Atr(2).Compute(SyntheticCandles.FromCloses([10, 11, 13, 17, 25])).Columns[0];
        Assert.True(double.IsNaN(atr[1]));
        Assert.Equal(1.5, atr[2], 12);               // (1 + 2) / 2
        Assert.Equal((1.5 * 1 + 4) / 2, atr[3], 12); // Wilder: (prev·(n−1) + TR) / n
        Assert.Equal((2.75 + 8) / 2, atr[4], 12);
    }

    [Fact]
    public void Atr_and_bollinger_match_independent_reference_on_real_btc()
    {
        ReferenceValues.AssertColumn(new Atr(14), "atr_14", ReferenceValues.Atr14);
        ReferenceValues.AssertColumn(new BollingerBands(20, 2), "bb_mid_20_2", ReferenceValues.BbMid);
        ReferenceValues.AssertColumn(new BollingerBands(20, 2), "bb_upper_20_2", ReferenceValues.BbUpper);
        ReferenceValues.AssertColumn(new BollingerBands(20, 2), "bb_lower_20_2", ReferenceValues.BbLower);
    }

    [Fact]
    public void Donchian_by_hand()
    {
        var d = new DonchianChannels(3).Compute(SyntheticCandles.FromCloses([5, 3, 4, 8, 6]));
        Assert.Equal(8, d["donchian_upper_3"][4]);
        Assert.Equal(3, d["donchian_lower_3"][3]);
        Assert.Equal(3, d["donchian_lower_3"][4]); // bar 2 opens at 3
    }
}
