using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Tests.Training;

namespace CryptoSmartTrader.Models.Tests.Datasets;

public sealed class CrossHorizonLabelsTests
{
    [Fact]
    public void Other_horizon_labels_are_the_forward_log_returns_and_respect_the_label_cut_off()
    {
        SymbolFrame[] frames = [TrainingFixtures.PredictableFrame("AAA", 300, 1), TrainingFixtures.PredictableFrame("BBB", 300, 2)];
        var h4 = new Horizon(TimeSpan.FromHours(4));
        var series = frames.ToDictionary(f => f.Series.Symbol, f => f.Series);
        var lastClose = frames[0].Series.CloseTimeMs[^1];
        var cutOff = DateTimeOffset.FromUnixTimeMilliseconds(lastClose - 10 * 3_600_000L);
        var data = DatasetBuilder.Build(frames, new DatasetOptions { Horizon = Horizon.H1, LabelsEndBy = cutOff, FeatureLookback = TimeSpan.Zero });
        var attached = CrossHorizonLabels.Attach(data, frames, [Horizon.H1, h4], cutOff);

        var other = Assert.Single(attached.OtherHorizons); // the dataset's own horizon is not repeated
        Assert.Equal(h4, other.Horizon);
        var checkedRows = 0;
        for (var i = 0; i < attached.Count; i++)
        {
            var s = series[attached.SymbolOf(i)];
            var bar = s.IndexOfCloseTime(DateTimeOffset.FromUnixTimeMilliseconds(attached.TimesMs[i]));
            var endsBy = attached.TimesMs[i] + 4 * 3_600_000L <= cutOff.ToUnixTimeMilliseconds();
            if (endsBy)
            {
                // Hand formula: ln(close 4 bars later / close now) on the hourly synthetic series.
                Assert.Equal(Math.Log(s.Close[bar + 4] / s.Close[bar]), other.Returns[i], 12);
                checkedRows++;
            }
            else
            {
                Assert.True(double.IsNaN(other.Returns[i]), $"row {i}: a 4h label past the cut-off must be missing");
            }
        }

        Assert.True(checkedRows > 400);
        var subset = TrainingSet.From(attached, [0, 5, 9]);
        Assert.Equal(new[] { other.Returns[0], other.Returns[5], other.Returns[9] }, subset.OtherHorizons[0].Returns);
        Assert.Equal(new[] { attached.TimesMs[0], attached.TimesMs[5], attached.TimesMs[9] }, subset.Timing!.TimesMs);
    }

    [Fact]
    public void A_dataset_symbol_without_a_frame_is_an_error()
    {
        SymbolFrame[] frames = [TrainingFixtures.PredictableFrame("AAA", 100, 1), TrainingFixtures.PredictableFrame("BBB", 100, 2)];
        var data = DatasetBuilder.Build(frames, new DatasetOptions { Horizon = Horizon.H1, FeatureLookback = TimeSpan.Zero });
        var ex = Assert.Throws<ArgumentException>(() => CrossHorizonLabels.Attach(data, [frames[0]], [Horizon.H24], null));
        Assert.Contains("BBB/USDT", ex.Message);
    }
}
