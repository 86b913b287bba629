using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Stacking;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Models.Tests.Stacking;

/// <summary>
/// The meta-learner's inputs for a row must come from base models that were not trained on that row, nor on any row
/// whose label window (of any horizon in the stack) reaches that row's feature window.
/// </summary>
public sealed class StackingLeakageTests
{
    private static readonly TimeSpan Lookback = TimeSpan.FromHours(5);

    [Fact]
    public void Meta_features_come_only_from_base_models_not_trained_on_the_row_or_its_label_overlap()
    {
        const int n = 2000;
        var (x, up, ret) = SyntheticTabular.Graded(n, 1, [0.5], seed: 7);
        var times = StackingFixtures.Hourly(n);
        var rows = new double[n * 2];
        for (var i = 0; i < n; i++)
        {
            rows[i * 2] = i; // row id
            rows[i * 2 + 1] = x[i];
        }

        var weekly = ret.Select((r, i) => i > n - 100 ? double.NaN : r).ToArray(); // the last 7d labels are not realised
        var set = new TrainingSet(new FeatureRows(rows, n, 2), up, ret, ["id", "x0"])
        {
            Timing = new SampleTiming(times, Horizon.H24, Lookback),
            OtherHorizons = [new OtherHorizonLabels(Horizon.D7, weekly)],
        };
        var recorder = new RecordingPredictor();
        var stack = new StackingPredictor([new StackingBase("recorded", recorder)], new StackingOptions { OtherHorizons = [Horizon.D7] });
        using var fitted = stack.Fit(set);

        var predictions = recorder.Predictions.ToArray();
        Assert.NotEmpty(predictions);
        var purgeMs = (long)(Horizon.D7.Duration + Lookback).TotalMilliseconds; // the longest horizon in the stack
        var metaRows = 0;
        foreach (var (predicted, trained) in predictions)
        {
            Assert.Empty(predicted.Intersect(trained));
            var lastTrainedLabelPlusLookback = trained.Max(i => times[i]) + purgeMs;
            Assert.All(predicted, p => Assert.True(times[p] > lastTrainedLabelPlusLookback, $"row {p} predicted by a model trained on a row whose label window reaches it"));
            metaRows += predicted.Length;
        }

        // Two targets (24h, 7d) per inner fold each predicted the same test rows; after the stack is fitted, refits saw all rows.
        Assert.Equal(0, metaRows % 2);
        // Final refits: the 24h base on every row; the 7d base only on rows whose 7d label is realised and ends by the
        // set's last 24h label end (t + 168h <= t_last + 24h, i.e. the first n - 144 hourly rows), never later.
        Assert.Contains(recorder.Fits, f => f.SequenceEqual(Enumerable.Range(0, n)));
        Assert.Contains(recorder.Fits, f => f.SequenceEqual(Enumerable.Range(0, n - 144)));
    }

    /// <summary>A base learner that records which row ids it trained on and which it predicted (test-only).</summary>
    private sealed class RecordingPredictor : IPredictor
    {
        public ConcurrentQueue<(int[] Predicted, int[] Trained)> Predictions { get; } = new();

        public ConcurrentQueue<int[]> Fits { get; } = new();

        public string Kind => "recording";

        public IFittedPredictor Fit(TrainingSet data, CancellationToken cancellationToken = default)
        {
            var ids = Enumerable.Range(0, data.Count).Select(i => (int)data.X[i, 0]).ToArray();
            Fits.Enqueue(ids);
            return new Fitted(ids, this);
        }

        private sealed class Fitted(int[] trained, RecordingPredictor owner) : IFittedPredictor
        {
            public string Kind => "recording";

            public PredictorOutput Predict(FeatureRows rows)
            {
                owner.Predictions.Enqueue((Enumerable.Range(0, rows.Rows).Select(i => (int)rows[i, 0]).ToArray(), trained));
                var p = Enumerable.Range(0, rows.Rows).Select(i => 1 / (1 + Math.Exp(-rows[i, 1]))).ToArray();
                return new PredictorOutput(p, new double[rows.Rows]);
            }

            public JsonObject Save() => new() { ["kind"] = Kind };

            public void Dispose()
            {
            }
        }
    }
}
