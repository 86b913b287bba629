using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Models.Tests.Stacking;

/// <summary>Training sets from <see cref="SyntheticTabular"/> with hourly sample times, as a LabeledDataset would carry them.</summary>
internal static class StackingFixtures
{
    public static readonly long Start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    /// <summary>x0 drives the label (weight 0.5 against noise 0.01), x1 and x2 are noise; column 3 is the lag return.</summary>
    public static TrainingSet Graded(int rows, int seed, Horizon? horizon = null)
    {
        var (x, up, ret) = SyntheticTabular.Graded(rows, 4, [0.5, 0, 0, 0], seed, noiseScale: 0.01);
        return new TrainingSet(new FeatureRows(x, rows, 4), up, ret, ["x0", "x1", "x2", DatasetOptions.LagReturnColumn])
        {
            Timing = new SampleTiming(Hourly(rows), horizon ?? Horizon.H1, TimeSpan.Zero),
        };
    }

    public static long[] Hourly(int rows) => Enumerable.Range(0, rows).Select(i => Start + i * 3_600_000L).ToArray();
}
