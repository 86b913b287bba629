using CryptoSmartTrader.Features.Indicators.Trend;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Features.Tests.Indicators.Trend;

public sealed class MovingAverageReferenceTests
{
    private static readonly double[] OneToFive = [1, 2, 3, 4, 5];

    [Fact]
    public void Sma_by_hand() => Assert.Equal([double.NaN, double.NaN, 2, 3, 4], new Sma(3).Compute(SyntheticCandles.FromCloses(OneToFive)).Columns[0]);

    [Fact]
    public void Ema_by_hand_is_seeded_with_the_sma_then_alpha_two_over_n_plus_one()
    {
        // period 3: alpha = 0.5; seed = (1+2+3)/3 = 2; then 0.5*4 + 0.5*2 = 3; 0.5*5 + 0.5*3 = 4
        Assert.Equal([double.NaN, double.NaN, 2, 3, 4], new Ema(3).Compute(SyntheticCandles.FromCloses(OneToFive)).Columns[0]);
    }

    [Fact]
    public void Wma_by_hand()
    {
        var wma = new Wma(3).Compute(SyntheticCandles.FromCloses(OneToFive)).Columns[0];
        Assert.Equal(14.0 / 6, wma[2], 12); // (1·1 + 2·2 + 3·3)/6
        Assert.Equal(20.0 / 6, wma[3], 12);
        Assert.Equal(26.0 / 6, wma[4], 12);
    }

    [Fact]
    public void Sma_ema_wma_match_independent_reference_on_real_btc()
    {
        ReferenceValues.AssertColumn(new Sma(20), "sma_20", ReferenceValues.Sma20);
        ReferenceValues.AssertColumn(new Ema(20), "ema_20", ReferenceValues.Ema20);
        ReferenceValues.AssertColumn(new Wma(20), "wma_20", ReferenceValues.Wma20);
    }

    [Fact]
    public void Adx_matches_wilders_running_sum_formulation_on_real_btc()
    {
        ReferenceValues.AssertColumn(new Adx(14), "adx_14", ReferenceValues.Adx14);
        ReferenceValues.AssertColumn(new Adx(14), "plus_di_14", ReferenceValues.PlusDi14);
        ReferenceValues.AssertColumn(new Adx(14), "minus_di_14", ReferenceValues.MinusDi14);
    }
}
