using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Models.Torch.Tests.Predictors;

/// <summary>
/// The lagged-sign rule as sequence rows (each row holds the <c>window</c> steps ending at t, oldest first, as the
/// dataset builder lays them out): a training set (first <c>train</c> rows) plus every row for prediction.
/// </summary>
internal sealed record SequenceData(TrainingSet Train, FeatureRows All, double[] Up)
{
    public const int Columns = 2;

    public static SequenceData LaggedSign(int count = 600, int train = 500, int lag = 2, int seed = 11, int window = 4)
    {
        var (features, up, returns) = SyntheticSequences.LaggedSign(count, Columns, lag, seed);
        var data = new double[count * window * Columns];
        for (var t = 0; t < count; t++)
        {
            for (var s = 0; s < window; s++)
            {
                // Steps before the synthetic series starts stay 0 (its mean); the rule never needs them beyond the lag.
                var src = t - (window - 1 - s);
                if (src >= 0)
                {
                    features.AsSpan(src * Columns, Columns).CopyTo(data.AsSpan((t * window + s) * Columns, Columns));
                }
            }
        }

        var all = new FeatureRows(data, count, window * Columns);
        var rows = Enumerable.Range(0, train).ToArray();
        var names = Enumerable.Range(0, window)
            .SelectMany(s => Enumerable.Range(0, Columns).Select(c => window == 1 ? $"x{c}" : DatasetSchema.StepColumn($"x{c}", window - 1 - s)))
            .ToArray();
        var set = new TrainingSet(all.Subset(rows), up.Take(train).ToArray(), returns.Take(train).ToArray(), names);
        return new SequenceData(set, all, up);
    }

    public double HeldOutAccuracy(PredictorOutput output)
    {
        var start = Train.Count;
        var hits = 0;
        for (var i = start; i < Up.Length; i++)
        {
            hits += (output.ProbabilityUp[i] > 0.5 ? 1 : 0) == (int)Up[i] ? 1 : 0;
        }

        return (double)hits / (Up.Length - start);
    }
}
