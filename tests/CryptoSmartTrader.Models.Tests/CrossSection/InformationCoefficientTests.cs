using CryptoSmartTrader.Models.CrossSection;

namespace CryptoSmartTrader.Models.Tests.CrossSection;

public sealed class InformationCoefficientTests
{
    // Reference values from SciPy 1.10.1 (Debian python3-scipy), recorded, not called:
    //   spearmanr(x, y).correlation = 0.5765999761251578 (x has a tie: 0.33, 0.33), pearsonr(x, y)[0] = 0.6441052041653342
    private static readonly double[] X = [0.12, -0.40, 0.33, 0.33, 1.70, -0.05, 0.90];
    private static readonly double[] Y = [0.010, -0.020, 0.004, 0.015, 0.030, -0.001, -0.012];

    [Fact]
    public void Rank_ic_and_ic_match_scipy()
    {
        Assert.Equal(0.5765999761251578, InformationCoefficient.Spearman(X, Y), 12);
        Assert.Equal(0.6441052041653342, InformationCoefficient.Pearson(X, Y), 12);
    }

    [Fact]
    public void Missing_pairs_are_dropped_before_ranking()
    {
        var x = X.Append(double.NaN).Append(5.0).ToArray();
        var y = Y.Append(0.5).Append(double.NaN).ToArray();
        Assert.Equal(0.5765999761251578, InformationCoefficient.Spearman(x, y), 12);
        Assert.True(double.IsNaN(InformationCoefficient.Spearman([1.0, 2.0], [1.0, 2.0])), "two symbols are no cross-section");
        Assert.True(double.IsNaN(InformationCoefficient.Pearson([1.0, 2.0, 3.0], [0.5, 0.5, 0.5])), "a constant target has no correlation");
        Assert.True(double.IsNaN(InformationCoefficient.Spearman([4.0, 4.0, 4.0], [0.1, 0.2, 0.3])), "a constant score has no ranking");
    }

    [Fact]
    public void Per_bar_ic_reads_one_row_across_symbols()
    {
        double[][] score = [[1, 3], [2, 2], [3, 1]];
        double[][] target = [[0.1, 0.1], [0.2, 0.2], [0.3, 0.3]];
        var (ic, rankIc) = InformationCoefficient.PerBar(score, target);
        Assert.Equal(1, rankIc[0], 12);
        Assert.Equal(-1, rankIc[1], 12);
        Assert.Equal(1, ic[0], 12);
    }

    [Fact]
    public void Summary_t_stat_uses_non_overlapping_bars_only()
    {
        // Every other bar (stride 2) of [0.1, 9, 0.3, 9, 0.2]: 0.1, 0.3, 0.2 → mean 0.2, sd 0.1, t = 0.2 / (0.1 / √3).
        var s = IcSummary.Of([0.1, 9, 0.3, 9, 0.2], stride: 2);
        Assert.Equal(3, s.IndependentBars);
        Assert.Equal(0.2 / (0.1 / Math.Sqrt(3)), s.TStat, 9);
        Assert.Equal(5, s.Bars);
        Assert.Equal(18.6 / 5, s.Mean, 12);
        Assert.Equal(s.Mean / s.StdDev, s.Icir, 12);
    }

    [Fact]
    public void Quantile_spread_is_top_minus_bottom_mean_forward_return()
    {
        // Five symbols, five quantiles: one symbol each. Bar 0: score order = forward order; bar 1 reversed.
        double[][] score = [[1, 5], [2, 4], [3, 3], [4, 2], [5, 1]];
        double[][] fwd = [[-0.02, -0.02], [-0.01, -0.01], [0, 0], [0.01, 0.01], [0.02, 0.02]];
        var q = QuantileSpread.Of(score, fwd, quantiles: 5, stride: 1);
        Assert.Equal(2, q.Bars);
        Assert.Equal(0, q.Spread, 12); // +0.04 then −0.04
        var first = QuantileSpread.Of(score, fwd, quantiles: 5, stride: 1, fromRow: 0, toRow: 1);
        Assert.Equal(0.04, first.Spread, 12);
        Assert.Equal(-0.02, first.MeanReturn[0], 12);
    }
}
