using CryptoSmartTrader.Models.Datasets;

namespace CryptoSmartTrader.Models.Torch.Predictors;

/// <summary>
/// Turns sequence rows into network input. Each row already holds its whole window — <see cref="Window"/> bars of one
/// symbol, oldest first, <see cref="Features"/> columns each (<see cref="DatasetOptions.SequenceLength"/>), built per
/// symbol by the dataset builder, which drops windows with gaps — so a window never mixes symbols, whatever order the
/// pooled rows come in. Columns are standardized with the training rows' mean and scale per bar column (pooled over the
/// window's bars); a non-finite value becomes 0 after standardization, i.e. the mean.
/// </summary>
internal sealed record WindowBuilder(double[] Mean, double[] Scale, int Window)
{
    public int Features => Mean.Length;

    public static WindowBuilder Fit(FeatureRows x, int window)
    {
        var features = FeaturesPerBar(x.Cols, window);
        var mean = new double[features];
        var scale = new double[features];
        for (var c = 0; c < features; c++)
        {
            double sum = 0, sq = 0;
            var n = 0;
            for (var r = 0; r < x.Rows; r++)
            {
                for (var s = 0; s < window; s++)
                {
                    var v = x[r, s * features + c];
                    if (double.IsFinite(v))
                    {
                        sum += v;
                        sq += v * v;
                        n++;
                    }
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
        if (x.Cols != Window * Features)
        {
            throw new ArgumentException(
                $"torch predictor: expected {Window * Features} columns ({Window} bars × {Features} feature columns), got {x.Cols}", nameof(x));
        }

        var f = Features;
        var width = x.Cols;
        var data = new double[rows.Count * width];
        for (var k = 0; k < rows.Count; k++)
        {
            var source = x.Row(rows[k]);
            for (var i = 0; i < width; i++)
            {
                var c = i % f;
                var z = (source[i] - Mean[c]) / Scale[c];
                data[k * width + i] = double.IsFinite(z) ? z : 0;
            }
        }

        return data;
    }

    private static int FeaturesPerBar(int cols, int window)
    {
        if (window < 1 || cols % window != 0)
        {
            throw new ArgumentException($"torch predictor: {cols} columns cannot hold windows of {window} bars", nameof(cols));
        }

        return cols / window;
    }
}
