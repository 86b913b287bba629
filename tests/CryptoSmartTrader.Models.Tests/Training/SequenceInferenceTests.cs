using System.Text.Json.Nodes;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Tests.Datasets;
using CryptoSmartTrader.Models.Training;

namespace CryptoSmartTrader.Models.Tests.Training;

/// <summary>Inference and saved models with sequence schemas build the same windows as training, and skip windows with gaps.</summary>
public sealed class SequenceInferenceTests
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static DatasetSchema Schema(SymbolFrame frame, int length) =>
        new(frame.Features.Names, [frame.Series.Symbol], Horizon.H1, includeLagReturn: false, includeSymbolIndicators: true, length);

    [Fact]
    public void Latest_row_holds_the_window_of_bars_ending_at_the_last_close_oldest_first()
    {
        var frame = SequenceDatasetTests.Frame("AAA", 0, Enumerable.Range(0, 20).ToArray());
        var rows = InferenceRows.Latest([frame], Schema(frame, 3), Start.AddHours(20));

        Assert.Empty(rows.Skipped);
        // per bar: hour, sym, symbol=AAA/USDT indicator
        Assert.Equal([17.0, 0, 1, 18, 0, 1, 19, 0, 1], rows.Rows.Data);
        Assert.Equal(Start.AddHours(20), rows.AsOf[0]);
    }

    [Fact]
    public void Latest_window_with_a_missing_bar_is_skipped_with_the_reason_not_filled()
    {
        var frame = SequenceDatasetTests.Frame("AAA", 0, [.. Enumerable.Range(0, 18), 19]);
        var rows = InferenceRows.Latest([frame], Schema(frame, 3), Start.AddHours(20));

        Assert.Equal(0, rows.Rows.Rows);
        Assert.Contains("3 bars ending at 2024-01-01T20:00:00", Assert.Single(rows.Skipped));
        Assert.Contains("not all present", rows.Skipped[0]);
    }

    [Fact]
    public void Persistence_baseline_on_sequence_rows_reads_the_sample_bars_own_lag_return()
    {
        var frame = TrainingFixtures.PredictableFrame("AAA", 300, 7);
        var plain = DatasetBuilder.Build([frame], new DatasetOptions { Horizon = Horizon.H1 });
        var sequence = DatasetBuilder.Build([frame], new DatasetOptions { Horizon = Horizon.H1, SequenceLength = 5 });
        using var onPlain = new NaivePredictor(NaiveKind.Persistence).Fit(TrainingSet.From(plain));
        using var onSequence = new NaivePredictor(NaiveKind.Persistence).Fit(TrainingSet.From(sequence));

        // Same bars (the sequence set starts 4 bars later): persistence must say the same thing about each.
        var offset = Array.IndexOf(plain.TimesMs, sequence.TimesMs[0]);
        Assert.Equal(plain.Count - offset, sequence.Count);
        var expected = onPlain.Predict(plain.X).ExpectedReturn.Skip(offset).ToArray();
        Assert.Equal(expected, onSequence.Predict(sequence.X).ExpectedReturn);
    }

    [Fact]
    public void A_saved_horizon_model_keeps_its_sequence_length_and_scores_the_same_rows()
    {
        var frame = TrainingFixtures.PredictableFrame("AAA", 400, 5);
        var data = DatasetBuilder.Build([frame], new DatasetOptions { Horizon = Horizon.H1, SequenceLength = 4, FeatureLookback = TimeSpan.Zero });
        using var trained = HorizonTrainer.Train(data, new LinearPredictor(), new TrainerOptions()).Model;
        using var loaded = HorizonModel.Load((JsonObject)JsonNode.Parse(trained.Save().ToJsonString())!);

        Assert.Equal(4, loaded.Schema.SequenceLength);
        Assert.Equal(trained.Schema.ColumnNames, loaded.Schema.ColumnNames);
        Assert.Equal(trained.Score(data.X).ProbabilityUp, loaded.Score(data.X).ProbabilityUp);
    }
}
