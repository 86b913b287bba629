using CryptoSmartTrader.Features.PointInTime;
using CryptoSmartTrader.Features.Regimes;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Features.Tests.Regimes;

/// <summary>The regime set through the shared feature-set registry and the shared point-in-time harness, on real data.</summary>
public sealed class RegimeFeatureSetTests
{
    private static readonly RegimeOptions Quick = new()
    {
        HurstWindow = 64, VolatilityPercentileLookback = 240, MixtureMinTrainBars = 300, MixtureTrainWindow = 600, MixtureRefitEvery = 150,
        MixtureMaxIterations = 40,
    };

    private static readonly DateTimeOffset From = new(2022, 5, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Registry_discovers_the_regime_set_and_its_columns_do_not_clash_with_other_sets()
    {
        var registry = FeatureSetRegistry.CreateDefault();
        Assert.Contains("regime", registry.Names);
        var series = SharedCandles.BinanceHourly("ETH").SliceByCloseTime(From, From.AddDays(40));
        var (columns, values) = FeatureSetRegistry.Compute(registry.Sets, series);
        Assert.Contains("hurst_100", columns);
        Assert.Contains("regime_p_crash", columns);
        Assert.All(values, v => Assert.Equal(series.Count, v.Length));
    }

    [Fact]
    public void Regime_set_with_market_breadth_passes_the_point_in_time_harness()
    {
        var universe = new[] { "BTC", "ETH", "SOL", "XRP", "ADA" }.Select(c => SharedCandles.BinanceHourly(c).SliceByCloseTime(From, From.AddDays(60))).ToArray();
        var set = new RegimeFeatureSet(universe, Quick);
        var report = PointInTimeVerifier.Check(set, universe[1], new PointInTimeOptions { Cuts = 4, Seed = 7 });
        Assert.True(report.IsClean, report.Describe());
        var values = set.Compute(universe[1]);
        Assert.Contains(values[4], r => !double.IsNaN(r)); // labels exist on this window
    }
}
