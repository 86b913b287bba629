using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Kinds;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Models.Training;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.TestKit.Time;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Tests.Alpha;

/// <summary>
/// A stacked model (xgboost + linear + persistence under a logistic meta-learner) on real BTC/USDT bars: its whole-series
/// predictions (the backtest) equal its bar-by-bar ones (the bot) bit for bit when both start from the same bar, a bar's
/// prediction never depends on later bars, and it does depend on where the history starts — which is why the backtest
/// gives a model exactly the bars the bot holds (issue 14).
/// </summary>
public sealed class StackedModelAlphaTests(StackedModelAlphaTests.Model model) : IClassFixture<StackedModelAlphaTests.Model>
{
    private static readonly DateTimeOffset From = new(2023, 7, 10, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Streaming_predictions_equal_the_whole_series_ones_bit_for_bit()
    {
        using var source = model.Open(From);
        var series = TrainedTestModel.Btc(new DateTimeOffset(2023, 6, 20, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2023, 7, 20, 0, 0, 0, TimeSpan.Zero));
        var batch = source.Predict(series);
        var universe = new TradingUniverse(Exchange.Binance, Timeframe.H1, [series.Symbol]);
        var alpha = source.CreateAlpha(universe);
        var context = new BarCloseContext(universe);
        var insights = new AlphaInsight[1];
        var compared = 0;
        for (var i = 0; i < series.Count; i++)
        {
            context.Reset(DateTimeOffset.FromUnixTimeMilliseconds(series.CloseTimeMs[i]));
            context.SetBar(0, Bar.FromSeries(series, i));
            alpha.Update(context, insights);
            var streamed = alpha.LatestPrediction(0);
            var expected = batch.GetValueOrDefault(series.CloseTimeMs[i]);
            Assert.Equal(expected is null, streamed is null);
            if (expected is null) continue;
            compared++;
            Assert.Equal(BitsOf(expected), BitsOf(streamed!));
        }

        Assert.True(compared > series.Count / 2, $"only {compared} of {series.Count} bars had predictions");
    }

    [Fact]
    public void A_bars_prediction_does_not_change_when_later_bars_are_removed_or_altered()
    {
        using var source = model.Open(From);
        var series = TrainedTestModel.Btc(new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2023, 7, 20, 0, 0, 0, TimeSpan.Zero));
        var full = source.Predict(series);
        foreach (var cut in new[] { series.Count - 1, series.Count - 50, series.Count - 300 })
        {
            var at = series.CloseTimeMs[cut];
            Assert.Equal(BitsOf(full[at]), BitsOf(source.PredictLast(series.Slice(0, cut + 1))!));

            // Bars after the cut doubled in price and volume: every prediction up to the cut is the same.
            var altered = Altered(series, cut + 1);
            var again = source.Predict(altered);
            for (var i = 0; i <= cut; i++)
            {
                var t = series.CloseTimeMs[i];
                Assert.Equal(full.ContainsKey(t), again.ContainsKey(t));
                if (full.TryGetValue(t, out var p)) Assert.Equal(BitsOf(p), BitsOf(again[t]));
            }

            // The alteration is visible from the first altered bar on (a doubled close is a 100 % lag return there).
            if (cut + 1 < series.Count) Assert.NotEqual(BitsOf(full[series.CloseTimeMs[cut + 1]]), BitsOf(again[series.CloseTimeMs[cut + 1]]));
        }
    }

    [Fact]
    public void The_prediction_at_a_bar_depends_on_where_the_history_starts()
    {
        // On-balance volume, accumulation/distribution and the volume indexes cumulate from the first bar, so one bar more
        // at the start (what cst backtest used to predict from, against the bot's history) shifts them at every later bar.
        using var source = model.Open(From);
        var series = TrainedTestModel.Btc(new DateTimeOffset(2023, 5, 10, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2023, 7, 20, 0, 0, 0, TimeSpan.Zero));
        var longer = source.Predict(series);
        var shorter = source.Predict(series.Slice(1, series.Count - 1));
        var traded = series.CloseTimeMs.ToArray().Where(t => t >= From.ToUnixTimeMilliseconds()).ToArray();
        Assert.NotEmpty(traded);
        Assert.Contains(traded, t => longer[t].Confidence != shorter[t].Confidence || longer[t].ExpectedReturn != shorter[t].ExpectedReturn);
    }

    private static (long, long, long, long, long) BitsOf(Prediction p) =>
        (BitConverter.DoubleToInt64Bits(p.ProbabilityUp), BitConverter.DoubleToInt64Bits(p.ExpectedReturn), BitConverter.DoubleToInt64Bits(p.Confidence),
         BitConverter.DoubleToInt64Bits(p.IntervalLow), BitConverter.DoubleToInt64Bits(p.IntervalHigh));

    private static CandleSeries Altered(CandleSeries s, int fromIndex)
    {
        var b = new CandleSeriesBuilder(s.Exchange, s.Symbol, s.Timeframe, s.Count);
        for (var i = 0; i < s.Count; i++)
        {
            var k = i >= fromIndex ? 2.0 : 1.0;
            b.Add(s.OpenTimeMs[i], s.CloseTimeMs[i], s.Open[i] * k, s.High[i] * k, s.Low[i] * k, s.Close[i] * k, s.Volume[i] * k);
        }

        return b.Build();
    }

    /// <summary>A small stacked 1h model (30 xgboost rounds, deterministic) trained through the model-kind registry on real BTC/USDT bars up to June 2023 (as the bot parity test's).</summary>
    public sealed class Model : IDisposable
    {
        private const string Name = "stacked-stream-test";
        private static readonly DateTimeOffset TrainEnd = new(2023, 6, 1, 0, 0, 0, TimeSpan.Zero);
        private readonly string _root = Path.Combine(Path.GetTempPath(), "cst-trading-stacked-" + Guid.NewGuid().ToString("N"));
        private readonly ModelRegistry _registry;

        public Model()
        {
            _registry = new ModelRegistry(_root, new ManualTimeProvider(new DateTimeOffset(2023, 6, 2, 0, 0, 0, TimeSpan.Zero)));
            var features = FeatureSetCatalog.Resolve("ta").Value!;
            var horizons = new[] { Horizon.Parse("1h") };
            var kind = ModelKinds.Find("stacked", out var error) ?? throw new InvalidOperationException(error);
            var made = kind.Create(new ModelKindRequest { Settings = new Dictionary<string, string> { ["rounds"] = "30" }, Seed = 3, Horizons = horizons, Deterministic = true });
            Assert.True(made.Ok, made.Error);
            var series = TrainedTestModel.Btc(new DateTimeOffset(2022, 10, 1, 0, 0, 0, TimeSpan.Zero), TrainEnd);
            using var bundle = MultiHorizonTrainer.Train([FeatureFrames.Compute(features.Sets, series)], new TrainingRequest
            {
                Name = Name,
                Horizons = horizons,
                FeatureSet = features.Descriptor,
                Predictor = made.Predictor!,
                Hyperparameters = made.Recorded,
                Dataset = new DatasetOptions { From = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero), LabelsEndBy = TrainEnd, Stride = TimeSpan.FromHours(1) }, // stacking needs enough out-of-fold rows
                IncludeBaselines = false,
                Seed = 3,
            }, new ManualTimeProvider());
            var saved = _registry.Save(bundle);
            Assert.True(saved.Ok, saved.Error);
        }

        public ModelAlphaSource Open(DateTimeOffset from)
        {
            var opened = ModelAlphaSource.Open(_registry, Name, from);
            Assert.True(opened.Ok, opened.Error);
            return opened.Value!;
        }

        public void Dispose()
        {
            if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        }
    }
}
