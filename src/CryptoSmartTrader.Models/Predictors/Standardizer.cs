using CryptoSmartTrader.Models.Datasets;

namespace CryptoSmartTrader.Models.Predictors;

/// <summary>Column means and standard deviations from training rows; constant columns keep scale 1.</summary>
internal sealed record Standardizer(double[] Mean, double[] Scale)
{
    public static Standardizer Fit(FeatureRows x)
    {
        var mean = new double[x.Cols];
        var sq = new double[x.Cols];
        for (var i = 0; i < x.Rows; i++)
        {
            var row = x.Row(i);
            for (var c = 0; c < row.Length; c++)
            {
                mean[c] += row[c];
                sq[c] += row[c] * row[c];
            }
        }

        var scale = new double[x.Cols];
        for (var c = 0; c < x.Cols; c++)
        {
            mean[c] /= x.Rows;
            var v = sq[c] / x.Rows - mean[c] * mean[c];
            scale[c] = v > 1e-24 ? Math.Sqrt(v) : 1;
        }

        return new Standardizer(mean, scale);
    }

    /// <summary>z-scores of one row into <paramref name="z"/>, plus a leading 1 for the intercept.</summary>
    public void Transform(ReadOnlySpan<double> row, Span<double> z)
    {
        z[0] = 1;
        for (var c = 0; c < row.Length; c++)
        {
            z[c + 1] = (row[c] - Mean[c]) / Scale[c];
        }
    }
}
