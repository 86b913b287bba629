using CryptoSmartTrader.Features.CrossSection;
using CryptoSmartTrader.Features.PointInTime;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Features.Tests.CrossSection;

public sealed class CrossSectionalFeaturesTests
{
    private static readonly DateTimeOffset From = new(2021, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Xsection_set_passes_the_point_in_time_harness_on_real_data()
    {
        var universe = new[] { "BTC", "ETH", "SOL", "BNB", "DOGE", "LINK" }
            .Select(c => SharedCandles.BinanceHourly(c).SliceByCloseTime(From, From.AddDays(75))).ToArray();
        var set = new CrossSectionalFeatureSet(universe);
        Assert.Equal("xsection", set.Name);
        var report = PointInTimeVerifier.Check(set, universe[2], new PointInTimeOptions { Cuts = 12, Seed = 5, CompareWholePrefix = true });
        Assert.True(report.IsClean, report.Describe());
        var values = set.Compute(universe[2]);
        var rankMom = values[set.Columns.ToList().IndexOf("xs_rank_mom_168")];
        Assert.True(double.IsNaN(rankMom[100]), "no member before the 720-bar warm-up");
        Assert.InRange(rankMom[^1], 0, 1);
        Assert.Equal(6, values[^1][^1]);
    }

    [Fact]
    public void Ranks_average_ties_and_skip_missing_values()
    {
        // Reference: pandas Series([3, 1, nan, 3, 2]).rank() = [3.5, 1, nan, 3.5, 2]; normalised (rank − 1) / (n − 1), n = 4.
        var result = new double[5];
        CrossSectionalTransform.Ranks([3, 1, double.NaN, 3, 2], result);
        Assert.Equal(2.5 / 3, result[0], 12);
        Assert.Equal(0, result[1], 12);
        Assert.True(double.IsNaN(result[2]));
        Assert.Equal(2.5 / 3, result[3], 12);
        Assert.Equal(1.0 / 3, result[4], 12);
        CrossSectionalTransform.Ranks([3, 1, double.NaN, 3, 2], result, minCount: 5);
        Assert.All(result, v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public void Z_scores_use_the_population_spread_of_present_values()
    {
        var result = new double[4];
        CrossSectionalTransform.ZScores([1, 2, double.NaN, 3], result); // mean 2, population sd sqrt(2/3)
        Assert.Equal(-1 / Math.Sqrt(2.0 / 3), result[0], 12);
        Assert.Equal(0, result[1], 12);
        Assert.True(double.IsNaN(result[2]));
        CrossSectionalTransform.ZScores([5, 5, 5, 5], result);
        Assert.All(result, v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public void Membership_starts_after_the_warm_up_and_ends_when_a_symbol_stops_trading()
    {
        // MATIC's last bar in the shared data closes 2022-10-11; BTC and ETH go on.
        var start = new DateTimeOffset(2022, 8, 1, 0, 0, 0, TimeSpan.Zero);
        var universe = new[] { "BTC", "ETH", "MATIC" }.Select(c => SharedCandles.BinanceHourly(c).SliceByCloseTime(start, start.AddDays(120))).ToArray();
        var panel = UniversePanel.Create(universe, warmUpBars: 100);
        Assert.False(panel.Member[0][99]);
        Assert.True(panel.Member[0][100]);
        var maticLast = panel.Closes.RowOf(universe[2].CloseTimeMs[^1]);
        Assert.True(panel.Member[2][maticLast]);
        Assert.False(panel.Member[2][maticLast + 1]);
        Assert.Equal(2, panel.MembersAt(panel.Rows - 1));
    }

    [Fact]
    public void A_universe_without_the_benchmark_is_reported()
    {
        var series = new[] { "ETH", "LTC" }.Select(c => SharedCandles.BinanceHourly(c).Slice(0, 300)).ToArray();
        var e = Assert.Throws<ArgumentException>(() => new CrossSectionalFeatureSet(series).Compute(series[0]));
        Assert.Contains("benchmark BTC", e.Message);
    }

    [Fact]
    public void Residual_momentum_option_outside_the_momentum_look_backs_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new CrossSectionalFactors(new CrossSectionalOptions { ResidualMomentumBars = 99 }));
        Assert.Contains("ResidualMomentumBars", e.Message);
    }
}
