using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Features.CrossSection;
using CryptoSmartTrader.Models.CrossSection;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Models.Tests.CrossSection;

public sealed class CrossSectionalTargetsTests
{
    /// <summary>Synthetic random walks (test data only), one per symbol; <paramref name="cut"/> drops the last bars of the third.</summary>
    internal static CandleSeries[] SyntheticUniverse(int bars, int symbols = 5, int cut = 0) =>
        Enumerable.Range(0, symbols).Select(i =>
        {
            var s = SyntheticCandles.RandomWalk(bars, seed: 10 + i, symbol: new Symbol(i == 0 ? "BTC" : $"S{i}", "USDT"));
            return i == 2 && cut > 0 ? s.Slice(0, bars - cut) : s;
        }).ToArray();

    [Fact]
    public void Forward_return_needs_the_exact_end_bar_and_membership()
    {
        var panel = UniversePanel.Create(SyntheticUniverse(60, cut: 10), warmUpBars: 5);
        var fwd = CrossSectionalTargets.ForwardReturns(panel, new Horizon(TimeSpan.FromHours(3)));
        var close = panel.Closes.Close[1];
        Assert.Equal(Math.Log(close[13] / close[10]), fwd[1][10], 12);
        Assert.True(double.IsNaN(fwd[1][4]), "not a member during the warm-up");
        Assert.True(double.IsNaN(fwd[2][47]), "symbol 2's last bar is row 49: no bar 3 rows after row 47");
        Assert.False(double.IsNaN(fwd[2][46]));
        Assert.True(double.IsNaN(fwd[0][58]), "the label would end after the data");
    }

    [Fact]
    public void Relative_targets_are_centred_across_the_members_with_a_label()
    {
        var panel = UniversePanel.Create(SyntheticUniverse(60), warmUpBars: 5);
        var fwd = CrossSectionalTargets.ForwardReturns(panel, Horizon.H1);
        var demeaned = CrossSectionalTargets.Relative(fwd, CrossSectionalTargetKind.Demeaned);
        var rank = CrossSectionalTargets.Relative(fwd, CrossSectionalTargetKind.Rank);
        Assert.Equal(0, demeaned.Sum(s => s[20]), 12);
        Assert.Equal(0, rank.Sum(s => s[20]), 12);
        Assert.Equal(0.5, rank.Max(s => s[20]), 12);
        Assert.Equal(-0.5, rank.Min(s => s[20]), 12);
        Assert.All(rank, s => Assert.True(double.IsNaN(s[2])));
    }

    [Fact]
    public void Beta_adjusted_target_removes_beta_times_the_benchmark_move()
    {
        double[][] fwd = [[0.02, double.NaN], [0.05, 0.01], [0.00, 0.01], [-0.01, 0.01]];
        double[][] beta = [[1, 1], [2, 2], [0.5, 0.5], [1, 1]];
        var r = CrossSectionalTargets.Relative(fwd, CrossSectionalTargetKind.BetaAdjusted, minMembers: 3, beta: beta, benchmarkIndex: 0);
        Assert.Equal(0.05 - 2 * 0.02, r[1][0], 12);
        Assert.Equal(-0.01 - 0.02, r[3][0], 12);
        Assert.All(r, s => Assert.True(double.IsNaN(s[1])));
        Assert.Throws<ArgumentException>(() => CrossSectionalTargets.Relative(fwd, CrossSectionalTargetKind.BetaAdjusted));
    }

    [Fact]
    public void A_horizon_that_is_not_whole_bars_is_rejected()
    {
        var panel = UniversePanel.Create(SyntheticUniverse(10), warmUpBars: 0);
        var e = Assert.Throws<ArgumentException>(() => CrossSectionalTargets.HorizonBars(panel, new Horizon(TimeSpan.FromMinutes(90))));
        Assert.Contains("not a whole number of 1h bars", e.Message);
    }
}
