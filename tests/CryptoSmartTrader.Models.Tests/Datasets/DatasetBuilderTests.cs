using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Labels;
using CryptoSmartTrader.Models.Tests.Labels;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Models.Tests.Datasets;

public sealed class DatasetBuilderTests
{
    [Fact]
    public void Features_are_known_at_t_and_labels_come_strictly_after_t()
    {
        var a = DatasetFixtures.RandomWalkFrame("AAA", 200, 1);
        var b = DatasetFixtures.RandomWalkFrame("BBB", 200, 2);
        var h = new Horizon(TimeSpan.FromHours(3));
        var ds = DatasetBuilder.Build([a, b], new DatasetOptions { Horizon = h });

        Assert.Equal(["close", "ret1", "lag_return", "symbol=AAA/USDT", "symbol=BBB/USDT"], ds.Schema.ColumnNames);
        for (var k = 0; k < ds.Count; k++)
        {
            var frame = ds.SymbolIndex[k] == 0 ? a : b;
            var i = frame.Series.IndexOfCloseTime(DateTimeOffset.FromUnixTimeMilliseconds(ds.TimesMs[k]));
            var close = frame.Series.Close;
            Assert.Equal(close[i], ds.X[k, 0]);
            Assert.Equal(Math.Log(close[i] / close[i - 3]), ds.X[k, 2], 12);
            Assert.Equal(Math.Log(close[i + 3] / close[i]), ds.Returns[k], 12);
            Assert.Equal(ds.SymbolIndex[k] == 0 ? 1.0 : 0.0, ds.X[k, 3]);
            Assert.Equal(ds.Returns[k] > 0 ? 1.0 : 0.0, ds.Up[k]);
            if (k > 0)
            {
                Assert.True(ds.TimesMs[k] > ds.TimesMs[k - 1] || (ds.TimesMs[k] == ds.TimesMs[k - 1] && ds.SymbolIndex[k] > ds.SymbolIndex[k - 1]));
            }
        }

        // 200 bars: the first 3 lack a lag return, the last 3 lack a label.
        Assert.Equal(2 * 194, ds.Count);
        Assert.Equal(new DatasetReport(400, 388, 6, 6, 0), ds.Report);
    }

    [Fact]
    public void A_sample_whose_horizon_end_bar_is_missing_is_dropped()
    {
        var series = ForwardReturnsTests.SeriesWithGap();
        var ds = DatasetBuilder.Build([new SymbolFrame(series, new FeatureMatrix(["c"], series.CloseTimeMs.ToArray(), [series.Close.ToArray()]))],
            new DatasetOptions { Horizon = Horizon.H1, IncludeLagReturn = false, IncludeSymbolIndicators = false });
        Assert.Equal(2, ds.Count);
        Assert.Equal([101.0, 104.0], ds.X.Data);
        Assert.Equal(2, ds.Report.MissingLabel);
    }

    [Fact]
    public void Window_and_triple_barrier_options_are_applied()
    {
        var frame = DatasetFixtures.RandomWalkFrame("AAA", 100, 3);
        var from = frame.Series[20].CloseTime;
        var to = frame.Series[60].CloseTime;
        var ds = DatasetBuilder.Build([frame], new DatasetOptions
        {
            Horizon = Horizon.H1, From = from, To = to, TripleBarrier = new TripleBarrierOptions { VolatilityLookback = 5 },
        });
        Assert.Equal(41, ds.Count);
        Assert.Equal(from.ToUnixTimeMilliseconds(), ds.TimesMs[0]);
        Assert.NotNull(ds.Barriers);
        Assert.All(ds.Barriers!, l => Assert.Contains(l, new[] { -1.0, 0.0, 1.0 }));
    }

    [Fact]
    public void Stride_keeps_one_bar_per_period_and_rotates_through_every_bar_position()
    {
        var frame = DatasetFixtures.RandomWalkFrame("AAA", 100, 3);
        var ds = DatasetBuilder.Build([frame], new DatasetOptions { Horizon = Horizon.H1, Stride = TimeSpan.FromHours(4) });
        const long hour = 3_600_000;
        var periods = ds.TimesMs.Select(t => t / (4 * hour)).ToArray();
        Assert.Equal(periods.Length, periods.Distinct().Count());
        // Period k keeps the bar closing (k mod 4) hours into it: 4k·h + (k mod 4)·h.
        Assert.All(ds.TimesMs, t => Assert.Equal((t / (4 * hour)) % 4 * hour, t % (4 * hour)));
        Assert.Equal(4, ds.TimesMs.Select(t => t % (4 * hour)).Distinct().Count());
        Assert.InRange(ds.Count, 23, 25);
    }

    [Theory]
    [InlineData(0L, true)]
    [InlineData(3_600_000L, false)]
    [InlineData(86_400_000L + 3_600_000L, true)]
    [InlineData(23 * 86_400_000L + 23 * 3_600_000L, true)]
    [InlineData(24 * 86_400_000L, true)]
    public void Daily_stride_on_hourly_bars_walks_through_the_hours_of_the_day(long closeMs, bool kept)
    {
        Assert.Equal(kept, DatasetBuilder.StrideKeeps(closeMs, 86_400_000L, 3_600_000L));
        // A stride that is not a whole number of bars keeps multiples, as before.
        Assert.True(DatasetBuilder.StrideKeeps(90 * 60_000L, 90 * 60_000L, 3_600_000L));
    }

    [Fact]
    public void Labels_end_by_drops_samples_whose_label_reaches_past_it()
    {
        var frame = DatasetFixtures.RandomWalkFrame("AAA", 100, 3);
        var end = frame.Series[50].CloseTime;
        var ds = DatasetBuilder.Build([frame], new DatasetOptions { Horizon = new Horizon(TimeSpan.FromHours(5)), LabelsEndBy = end });
        Assert.Equal(frame.Series[45].CloseTime.ToUnixTimeMilliseconds(), ds.TimesMs[^1]);
    }

    [Fact]
    public void Fingerprint_changes_with_the_data_and_subset_keeps_rows()
    {
        var a = DatasetBuilder.Build([DatasetFixtures.RandomWalkFrame("AAA", 80, 1)], new DatasetOptions { Horizon = Horizon.H1 });
        var b = DatasetBuilder.Build([DatasetFixtures.RandomWalkFrame("AAA", 80, 2)], new DatasetOptions { Horizon = Horizon.H1 });
        Assert.Equal(a.Fingerprint(), DatasetBuilder.Build([DatasetFixtures.RandomWalkFrame("AAA", 80, 1)], new DatasetOptions { Horizon = Horizon.H1 }).Fingerprint());
        Assert.NotEqual(a.Fingerprint(), b.Fingerprint());
        var sub = a.Subset([3, 5]);
        Assert.Equal(a.Returns[5], sub.Returns[1]);
        Assert.Equal(a.X.Row(3).ToArray(), sub.X.Row(0).ToArray());
    }

    [Fact]
    public void Mismatched_inputs_are_rejected_with_the_symbol_named()
    {
        var a = DatasetFixtures.RandomWalkFrame("AAA", 50, 1);
        var other = SyntheticCandles.RandomWalk(50, 2, symbol: new Symbol("BBB", "USDT"));
        var wrongNames = new SymbolFrame(other, new FeatureMatrix(["x", "y"], other.CloseTimeMs.ToArray(), [new double[50], new double[50]]));
        var ex = Assert.Throws<ArgumentException>(() => DatasetBuilder.Build([a, wrongNames], new DatasetOptions()));
        Assert.Contains("BBB/USDT", ex.Message);

        var shortFeatures = new SymbolFrame(other, new FeatureMatrix(["close", "ret1"], other.CloseTimeMs[..10].ToArray(), [new double[10], new double[10]]));
        Assert.Contains("one row per bar", Assert.Throws<ArgumentException>(() => DatasetBuilder.Build([a, shortFeatures], new DatasetOptions())).Message);
        Assert.Throws<ArgumentException>(() => DatasetBuilder.Build([a, a], new DatasetOptions()));
        Assert.Throws<ArgumentException>(() => DatasetBuilder.Build([], new DatasetOptions()));
    }

    [Fact]
    public void Feature_matrix_rejects_bad_shapes()
    {
        Assert.Throws<ArgumentException>(() => new FeatureMatrix(["a"], [1, 2], [new double[3]]));
        Assert.Throws<ArgumentException>(() => new FeatureMatrix(["a", "a"], [1], [new double[1], new double[1]]));
        Assert.Throws<ArgumentException>(() => new FeatureMatrix(["a"], [2, 1], [new double[2]]));
        Assert.Throws<ArgumentException>(() => new FeatureRows(new double[5], 2, 2));
    }
}
