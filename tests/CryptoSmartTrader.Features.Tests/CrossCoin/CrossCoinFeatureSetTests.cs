using CryptoSmartTrader.Features.CrossCoin;
using CryptoSmartTrader.Features.PointInTime;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Features.Tests.CrossCoin;

public sealed class CrossCoinFeatureSetTests
{
    [Fact]
    public void Cross_set_passes_the_point_in_time_harness_on_real_data()
    {
        var from = new DateTimeOffset(2021, 5, 1, 0, 0, 0, TimeSpan.Zero);
        var universe = new[] { "BTC", "ETH", "SOL", "BNB", "DOGE", "LINK" }
            .Select(c => SharedCandles.BinanceHourly(c).SliceByCloseTime(from, from.AddDays(45))).ToArray();
        var set = new CrossCoinFeatureSet(universe);
        Assert.Equal("cross", set.Name);
        var report = PointInTimeVerifier.Check(set, universe[4], new PointInTimeOptions { Cuts = 15, Seed = 3 });
        Assert.True(report.IsClean, report.Describe());
        var values = set.Compute(universe[4]);
        Assert.Equal(set.Columns.Count, values.Length);
        Assert.InRange(values[0][^1], -1, 1);
    }

    [Fact]
    public void A_universe_without_the_benchmark_is_reported()
    {
        var eth = SharedCandles.BinanceHourly("ETH").Slice(0, 300);
        var e = Assert.Throws<ArgumentException>(() => new CrossCoinFeatureSet([SharedCandles.BinanceHourly("LTC").Slice(0, 300)]).Compute(eth));
        Assert.Contains("benchmark BTC", e.Message);
    }
}
