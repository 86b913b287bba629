using CryptoSmartTrader.Features.CrossSection;

namespace CryptoSmartTrader.Models.CrossSection;

/// <summary>
/// Information coefficients per bar: Pearson correlation (IC) and Spearman rank correlation (rank IC) across the symbols
/// that have both a score and a realised target at that bar. Rows with fewer symbols than the minimum are NaN.
/// </summary>
public static class InformationCoefficient
{
    public static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int minCount = 3)
    {
        if (x.Length != y.Length) throw new ArgumentException($"information coefficient: {x.Length} scores for {y.Length} targets");
        double sx = 0, sy = 0;
        var n = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]) || double.IsNaN(y[i])) continue;
            sx += x[i];
            sy += y[i];
            n++;
        }

        if (n < Math.Max(3, minCount)) return double.NaN;
        double mx = sx / n, my = sy / n, sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]) || double.IsNaN(y[i])) continue;
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : double.NaN;
    }

    /// <summary>Spearman's rho: Pearson correlation of average ranks over the pairs where both are present.</summary>
    public static double Spearman(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int minCount = 3)
    {
        if (x.Length != y.Length) throw new ArgumentException($"information coefficient: {x.Length} scores for {y.Length} targets");
        var px = new double[x.Length];
        var py = new double[y.Length];
        for (var i = 0; i < x.Length; i++)
        {
            var both = !double.IsNaN(x[i]) && !double.IsNaN(y[i]);
            px[i] = both ? x[i] : double.NaN;
            py[i] = both ? y[i] : double.NaN;
        }

        var rx = new double[x.Length];
        var ry = new double[y.Length];
        CrossSectionalTransform.Ranks(px, rx);
        CrossSectionalTransform.Ranks(py, ry);
        return Pearson(rx, ry, minCount);
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
