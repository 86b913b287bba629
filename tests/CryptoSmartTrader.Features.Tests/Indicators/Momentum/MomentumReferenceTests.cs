using CryptoSmartTrader.Features.Indicators.Momentum;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Features.Tests.Indicators.Momentum;

public sealed class MomentumReferenceTests
{
    /// <summary>
    /// The 33-close example of StockCharts' RSI article (14 periods, Wilder smoothing). The article prints 70.53, 66.32, …
    /// because its spreadsheet rounds the averages to two decimals; the values below are the same method without that
    /// rounding, computed by hand-style Python (avg gain 0.2386, avg loss 0.0996 for the first: RS 2.3956, RSI 70.46).
    /// </summary>
    [Fact]
    public void Rsi_wilder_14_on_the_classic_example()
    {
        double[] closes =
        [
            44.34, 44.09, 44.15, 43.61, 44.33, 44.83, 45.10, 45.42, 45.84, 46.08, 45.89, 46.03, 45.61, 46.28, 46.28, 46.00, 46.03,
            46.41, 46.22, 45.64, 46.21, 46.25, 45.71, 46.45, 45.78, 45.35, 44.03, 44.18, 44.22, 44.57, 43.42, 42.66, 43.13,
        ];
        double[] expected = [70.46, 66.25, 66.48, 69.35, 66.29, 57.92, 62.88, 63.21, 56.01, 62.34, 54.67, 50.39, 40.02, 41.49, 41.90, 45.50, 37.32, 33.09, 37.79];
        var rsi = new Rsi(14).Compute(SyntheticCandles.FromCloses(closes)).Columns[0];
        Assert.All(rsi[..14], v => Assert.True(double.IsNaN(v)));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], rsi[14 + i], 0.005 + 1e-9);
        }
    }

    [Fact]
    public void Rsi_is_100_when_prices_only_rise_and_50_when_flat()
    {
        Assert.Equal(100, new Rsi(3).Compute(SyntheticCandles.FromCloses([1, 2, 3, 4, 5])).Columns[0][^1]);
        Assert.Equal(50, new Rsi(3).Compute(SyntheticCandles.FromCloses([2, 2, 2, 2, 2])).Columns[0][^1]);
    }

    [Fact]
    public void Classic_momentum_indicators_match_independent_reference_on_real_btc()
    {
        ReferenceValues.AssertColumn(new Rsi(14), "rsi_14", ReferenceValues.Rsi14);
        ReferenceValues.AssertColumn(new Macd(12, 26, 9), "macd_12_26_9", ReferenceValues.MacdLine);
        ReferenceValues.AssertColumn(new Macd(12, 26, 9), "macd_signal_12_26_9", ReferenceValues.MacdSignal);
        ReferenceValues.AssertColumn(new Macd(12, 26, 9), "macd_hist_12_26_9", ReferenceValues.MacdHist);
        ReferenceValues.AssertColumn(new Stochastic(14, 3, 3), "stoch_k_14_3", ReferenceValues.StochK);
        ReferenceValues.AssertColumn(new Stochastic(14, 3, 3), "stoch_d_14_3_3", ReferenceValues.StochD);
        ReferenceValues.AssertColumn(new Cci(20), "cci_20", ReferenceValues.Cci20);
        ReferenceValues.AssertColumn(new WilliamsR(14), "willr_14", ReferenceValues.WillR14);
    }

    [Fact]
    public void Williams_r_and_roc_by_hand()
    {
        // closes 1..5 with 10% wicks: last window (bars 2..4) high = 5·1.1 = 5.5, low = min(open 2, close 3)·0.9 = 1.8
        var series = SyntheticCandles.FromCloses([1, 2, 3, 4, 5], wick: 0.1);
        Assert.Equal(-100.0 * (5.5 - 5) / (5.5 - 1.8), new WilliamsR(3).Compute(series).Columns[0][^1], 12);
        Assert.Equal(100.0 * (5.0 / 3.0 - 1), new Roc(2).Compute(series).Columns[0][^1], 12);
        Assert.Equal(2.0, new Mom(2).Compute(series).Columns[0][^1], 12);
    }
}
