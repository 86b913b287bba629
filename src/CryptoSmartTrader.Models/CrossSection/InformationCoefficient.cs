using MathNet.Numerics.Statistics;

namespace CryptoSmartTrader.Models.CrossSection;

/// <summary>
/// Information coefficients per bar: Pearson correlation (IC) and Spearman rank correlation (rank IC) across the symbols
/// that have both a score and a realised target at that bar (MathNet.Numerics' correlations). Rows with fewer symbols than
/// the minimum, or where either side is constant, are NaN.
/// </summary>
public static class InformationCoefficient
{
    public static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int minCount = 3) =>
        Paired(x, y, minCount) is var (a, b) && a.Length > 0 ? Correlation.Pearson(a, b) : double.NaN;

    /// <summary>Spearman's rho (average ranks for ties) over the pairs where both are present.</summary>
    public static double Spearman(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int minCount = 3) =>
        Paired(x, y, minCount) is var (a, b) && a.Length > 0 ? Correlation.Spearman(a, b) : double.NaN;

    // The symbols with both a score and a realised target at this bar; none when fewer than the minimum (then the IC is NaN).
    private static (double[] X, double[] Y) Paired(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int minCount)
    {
        if (x.Length != y.Length) throw new ArgumentException($"information coefficient: {x.Length} scores for {y.Length} targets");
        var a = new List<double>(x.Length);
        var b = new List<double>(x.Length);
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]) || double.IsNaN(y[i])) continue;
            a.Add(x[i]);
            b.Add(y[i]);
        }

        return a.Count < Math.Max(3, minCount) ? ([], []) : ([.. a], [.. b]);
    }

    /// <summary>IC and rank IC at each row of <c>score[symbol][row]</c> against <c>target[symbol][row]</c>.</summary>
    public static (double[] Ic, double[] RankIc) PerBar(double[][] score, double[][] target, int minCount = 3)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(target);
        if (score.Length != target.Length) throw new ArgumentException($"information coefficient: {score.Length} score symbols for {target.Length} target symbols");
        var n = score.Length;
        var rows = n == 0 ? 0 : target[0].Length;
        var ic = new double[rows];
        var rankIc = new double[rows];
        var x = new double[n];
        var y = new double[n];
        for (var t = 0; t < rows; t++)
        {
            for (var i = 0; i < n; i++)
            {
                x[i] = score[i][t];
                y[i] = target[i][t];
            }

            ic[t] = Pearson(x, y, minCount);
            rankIc[t] = Spearman(x, y, minCount);
        }

        return (ic, rankIc);
    }
}
