using CryptoSmartTrader.Features.Indicators.Trend;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Features.Tests.Regimes;

/// <summary>
/// The regime rules use the indicator family's ADX; here it is checked against an independent implementation of Wilder's
/// original sum-seeded form on real data (same values from the same first bar).
/// </summary>
public sealed class WilderAdxTests
{
    [Fact]
    public void Indicator_adx_used_by_the_regimes_matches_an_independent_wilder_adx_on_real_btc()
    {
        var series = SharedCandles.BinanceHourly("BTC").Slice(20_000, 3_000);
        var mine = ReferenceWilderAdx.Compute(series.High, series.Low, series.Close, 14);
        var theirs = new Adx(14).Compute(series)["adx_14"];
        Assert.True(double.IsNaN(mine[26]));
        for (var i = 27; i < series.Count; i++)
        {
            Assert.Equal(theirs[i], mine[i], 8);
        }
    }
}
