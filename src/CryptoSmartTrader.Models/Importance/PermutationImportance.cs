using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Evaluation;
using CryptoSmartTrader.Models.Predictors;

namespace CryptoSmartTrader.Models.Importance;

/// <summary>
/// Permutation importance (Breiman 2001; Fisher, Rudin and Dominici 2019) on held-out rows for any fitted model: the
/// mean increase of the P(up) log loss when one column's values are shuffled across rows, breaking its link to the
/// label while keeping its distribution. Use rows the model was not trained on.
/// </summary>
public static class PermutationImportance
{
    public static IReadOnlyList<FeatureImportance> Compute(IFittedPredictor model, FeatureRows x, ReadOnlySpan<double> up, IReadOnlyList<string> columnNames,
        PermutationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(columnNames);
        options ??= new PermutationOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Repeats, nameof(PermutationOptions.Repeats));
        if (columnNames.Count != x.Cols || up.Length != x.Rows)
        {
            throw new ArgumentException($"permutation importance: {x.Rows} rows × {x.Cols} columns need as many labels and names, got {up.Length} labels and {columnNames.Count} names");
        }

        if (x.Rows < 2)
        {
            throw new ArgumentException($"permutation importance: expected at least 2 held-out rows, got {x.Rows}", nameof(x));
        }

        var baseline = ForecastMetrics.LogLoss(model.Predict(x).ProbabilityUp, up);
        var rng = new Random(options.Seed);
        var mean = new double[x.Cols];
        var sd = new double[x.Cols];
        var work = (double[])x.Data.Clone();
        var shuffled = new FeatureRows(work, x.Rows, x.Cols);
        var order = new int[x.Rows];
        for (var c = 0; c < x.Cols; c++)
        {
            double sum = 0, sq = 0;
            for (var r = 0; r < options.Repeats; r++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var i = 0; i < order.Length; i++)
                {
                    order[i] = i;
                }

                rng.Shuffle(order);
                for (var i = 0; i < x.Rows; i++)
                {
                    work[i * x.Cols + c] = x[order[i], c];
                }

                var delta = ForecastMetrics.LogLoss(model.Predict(shuffled).ProbabilityUp, up) - baseline;
                sum += delta;
                sq += delta * delta;
            }

            for (var i = 0; i < x.Rows; i++)
            {
                work[i * x.Cols + c] = x[i, c];
            }

            mean[c] = sum / options.Repeats;
            sd[c] = options.Repeats > 1 ? Math.Sqrt(Math.Max(0, (sq - options.Repeats * mean[c] * mean[c]) / (options.Repeats - 1))) : 0;
        }

        return TreeImportance.Rank(columnNames, mean, sd);
    }
}
