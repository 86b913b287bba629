using CryptoSmartTrader.Models.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace CryptoSmartTrader.Models.Tests.Validation;

public sealed class WalkForwardSplitterTests
{
    private const long Hour = 3_600_000;

    private sealed record Config(long[] Times, int HorizonH, int LookbackH, int EmbargoH, int Folds, bool Rolling, int WindowH, int FractionPct);

    private static readonly Gen<Config> ConfigGen =
        from n in Gen.Choose(5, 250)
        from steps in Gen.ArrayOf(Gen.Choose(0, 6), n)
        from horizon in Gen.Choose(1, 72)
        from lookback in Gen.Choose(0, 96)
        from embargo in Gen.Choose(0, 100)
        from folds in Gen.Choose(1, 6)
        from rolling in Gen.Elements(true, false)
        from window in Gen.Choose(1, 400)
        from fraction in Gen.Choose(10, 90)
        select new Config(Cumulative(steps), horizon, lookback, embargo, folds, rolling, window, fraction);

    [Fact]
    public void No_training_label_window_overlaps_any_test_feature_window() =>
        Prop.ForAll(ConfigGen.ToArbitrary(), c =>
        {
            var folds = WalkForwardSplitter.Split(c.Times, TimeSpan.FromHours(c.HorizonH), TimeSpan.FromHours(c.LookbackH), Options(c));
            var h = c.HorizonH * Hour;
            var l = c.LookbackH * Hour;
            var e = c.EmbargoH * Hour;
            long previousEnd = long.MinValue;
            foreach (var fold in folds)
            {
                var testFeatureStart = fold.Test.Min(j => c.Times[j]) - l;
                var trainLabelEnd = fold.Train.Max(i => c.Times[i]) + h;
                if (trainLabelEnd >= testFeatureStart) return false;           // label (t, t+h] vs features [t'-l, t']
                if (fold.Train.Max(i => c.Times[i]) + e + l >= fold.Test.Min(j => c.Times[j])) return false; // embargo
                if (fold.Train.Intersect(fold.Test).Any()) return false;
                if (fold.Test.Any(j => c.Times[j] < fold.TestStartMs || c.Times[j] >= fold.TestEndMs)) return false;
                if (fold.TestStartMs < previousEnd) return false;                // test blocks do not overlap
                previousEnd = fold.TestEndMs;
                if (c.Rolling && fold.Train.Any(i => c.Times[i] < fold.TestStartMs - h - l - c.WindowH * Hour - Math.Max(0, e - h))) return false;
            }

            return true;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Anchored_training_grows_and_rolling_training_slides()
    {
        var times = Enumerable.Range(0, 1000).Select(i => i * Hour).ToArray();
        var anchored = WalkForwardSplitter.Split(times, TimeSpan.FromHours(24), TimeSpan.FromHours(48), new WalkForwardOptions { Folds = 4 });
        Assert.Equal(4, anchored.Count);
        Assert.All(anchored, f => Assert.Equal(0, f.Train[0]));
        Assert.True(anchored[3].Train.Length > anchored[0].Train.Length);
        // test starts at 499.5h -> first test sample 500h; train must satisfy t + 24h + 48h < 499.5h -> t <= 427h
        Assert.Equal(500, anchored[0].Test[0]);
        Assert.Equal(427, anchored[0].Train[^1]);

        var rolling = WalkForwardSplitter.Split(times, TimeSpan.FromHours(24), TimeSpan.Zero,
            new WalkForwardOptions { Folds = 4, Mode = WalkForwardMode.Rolling, TrainWindow = TimeSpan.FromHours(100) });
        Assert.All(rolling, f => Assert.InRange(f.Train.Length, 99, 101));
        Assert.True(rolling[1].Train[0] > rolling[0].Train[0]);
    }

    [Fact]
    public void Embargo_shorter_than_the_horizon_is_raised_to_the_horizon()
    {
        var times = Enumerable.Range(0, 200).Select(i => i * Hour).ToArray();
        var f = WalkForwardSplitter.Split(times, TimeSpan.FromHours(10), TimeSpan.Zero, new WalkForwardOptions { Folds = 1, Embargo = TimeSpan.FromHours(2) })[0];
        Assert.True(times[f.Train[^1]] + 10 * Hour < times[f.Test[0]]);
    }

    [Fact]
    public void Bad_options_are_rejected()
    {
        long[] times = [0, Hour];
        Assert.Throws<ArgumentOutOfRangeException>(() => WalkForwardSplitter.Split(times, TimeSpan.FromHours(1), TimeSpan.Zero, new WalkForwardOptions { Folds = 0 }));
        Assert.Throws<ArgumentException>(() => WalkForwardSplitter.Split(times, TimeSpan.FromHours(1), TimeSpan.Zero, new WalkForwardOptions { Mode = WalkForwardMode.Rolling }));
        Assert.Throws<ArgumentOutOfRangeException>(() => WalkForwardSplitter.Split(times, TimeSpan.Zero, TimeSpan.Zero, new WalkForwardOptions()));
        Assert.Throws<ArgumentException>(() => WalkForwardSplitter.Split([Hour, 0], TimeSpan.FromHours(1), TimeSpan.Zero, new WalkForwardOptions()));
        Assert.Throws<ArgumentOutOfRangeException>(() => WalkForwardSplitter.Split(times, TimeSpan.FromHours(1), TimeSpan.Zero, new WalkForwardOptions { InitialTrainFraction = 1 }));
    }

    private static WalkForwardOptions Options(Config c) => new()
    {
        Folds = c.Folds,
        Mode = c.Rolling ? WalkForwardMode.Rolling : WalkForwardMode.Anchored,
        TrainWindow = TimeSpan.FromHours(c.WindowH),
        Embargo = TimeSpan.FromHours(c.EmbargoH),
        InitialTrainFraction = c.FractionPct / 100.0,
    };

    private static long[] Cumulative(int[] steps)
    {
        var t = new long[steps.Length];
        for (var i = 1; i < t.Length; i++)
        {
            t[i] = t[i - 1] + steps[i] * Hour;
        }

        return t;
    }
}
