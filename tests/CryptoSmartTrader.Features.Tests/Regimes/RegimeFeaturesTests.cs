using CryptoSmartTrader.Features.Regimes;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Features.Tests.Regimes;

public sealed class RegimeFeaturesTests
{
    private static readonly RegimeOptions Small = new() { MixtureMinTrainBars = 600, MixtureTrainWindow = 1200, MixtureRefitEvery = 300, MixtureMaxIterations = 40 };

    private static Core.Markets.CandleSeries Btc2022() => SharedCandles.BinanceHourly("BTC")
        .SliceByCloseTime(new DateTimeOffset(2022, 3, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2022, 7, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Real_btc_gives_labels_and_probabilities_after_warm_up_only()
    {
        var series = Btc2022();
        var f = new RegimeFeatures(Small);
        var cols = f.Compute(series);
        Assert.Equal(f.Columns.Count, cols.Length);
        Assert.Equal(["hurst_100", "hurst_dfa_100", "rv_24", "rv_pct_720", "regime", "regime_gmm"], f.Columns.Take(6));
        var regime = cols[4];
        var warm = Small.WarmUpBars;
        Assert.True(double.IsNaN(regime[warm - 1]));
        Assert.False(double.IsNaN(regime[warm]));
        Assert.All(regime.Skip(warm), r => Assert.InRange(r, 0, 5));
        var firstFit = warm + Small.MixtureMinTrainBars - 1;
        Assert.True(double.IsNaN(cols[6][firstFit - 1]));
        for (var t = firstFit; t < series.Count; t++)
        {
            var sum = Enumerable.Range(6, 6).Sum(c => cols[c][t]);
            Assert.Equal(1.0, sum, 9);
        }

        // May-June 2022 (LUNA, 3AC) holds crash and trend-down bars on BTC; the rules must see more than one regime.
        var seen = regime.Skip(warm).Select(r => (MarketRegime)(int)r).Distinct().ToArray();
        Assert.Contains(MarketRegime.TrendDown, seen);
        Assert.True(seen.Length >= 4, string.Join(",", seen));
    }

    [Fact]
    public void Breadth_input_must_match_the_bars_and_bad_options_are_rejected()
    {
        var series = Btc2022().Slice(0, 900);
        var e = Assert.Throws<ArgumentException>(() => new RegimeFeatures(Small).Compute(series, new double[10]));
        Assert.Contains("breadth must have one value per bar (900)", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RegimeFeatures(new RegimeOptions { HurstWindow = 10 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RegimeFeatures(new RegimeOptions { MixtureTrainWindow = 10 }));
    }
}
