using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Models.Torch.Tests.Predictors;

/// <summary>The lagged-sign rule as a training set (first <c>train</c> rows) plus every row for prediction.</summary>
internal sealed record SequenceData(TrainingSet Train, FeatureRows All, double[] Up)
{
    public const int Columns = 2;

    public static SequenceData LaggedSign(int count = 600, int train = 500, int lag = 2, int seed = 11)
    {
        var (features, up, returns) = SyntheticSequences.LaggedSign(count, Columns, lag, seed);
        var all = new FeatureRows(features, count, Columns);
        var rows = Enumerable.Range(0, train).ToArray();
        var names = Enumerable.Range(0, Columns).Select(c => $"x{c}").ToArray();
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
