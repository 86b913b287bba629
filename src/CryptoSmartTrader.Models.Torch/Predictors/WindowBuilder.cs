using CryptoSmartTrader.Models.Datasets;

namespace CryptoSmartTrader.Models.Torch.Predictors;

/// <summary>
/// Standardizes features and cuts one window per row from the rows before it in the same block. Slots before the
/// block's first row are zero (the standardized mean) — no bar is invented, the network just sees "nothing known".
/// NaN features are also set to zero after standardization.
/// </summary>
internal sealed record WindowBuilder(double[] Mean, double[] Scale, int Window)
{
    public int Features => Mean.Length;

    public static WindowBuilder Fit(FeatureRows x, int window)
    {
        var mean = new double[x.Cols];
        var scale = new double[x.Cols];
        for (var c = 0; c < x.Cols; c++)
        {
            double sum = 0, sq = 0;
            var n = 0;
            for (var r = 0; r < x.Rows; r++)
            {
                var v = x[r, c];
                if (double.IsFinite(v))
                {
                    sum += v;
                    sq += v * v;
                    n++;
                }
            }

            mean[c] = n > 0 ? sum / n : 0;
            var variance = n > 1 ? (sq - n * mean[c] * mean[c]) / (n - 1) : 0;
            scale[c] = variance > 1e-24 ? Math.Sqrt(variance) : 1;
        }

        return new WindowBuilder(mean, scale, window);
    }

    /// <summary>Windows for rows <paramref name="rows"/> as one row-major [rows.Count, Window, Features] block.</summary>
    public double[] Build(FeatureRows x, IReadOnlyList<int> rows)
    {
        if (x.Cols != Features)
        {
            throw new ArgumentException($"torch predictor: expected {Features} feature columns, got {x.Cols}", nameof(x));
        }

        var f = Features;
        var data = new double[rows.Count * Window * f];
        for (var k = 0; k < rows.Count; k++)
        {
            for (var s = 0; s < Window; s++)
            {
                var src = rows[k] - (Window - 1 - s);
                if (src < 0)
                {
                    continue;
                }

                var offset = (k * Window + s) * f;
                for (var c = 0; c < f; c++)
                {
                    var z = (x[src, c] - Mean[c]) / Scale[c];
                    data[offset + c] = double.IsFinite(z) ? z : 0;
                }
            }
        }

        return data;
    }
}
