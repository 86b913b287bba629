using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Tests.Alpha;

/// <summary>A registered model opened for trading: the in-sample refusal, batch predictions and the streaming alpha on real data.</summary>
public sealed class ModelAlphaSourceTests(TrainedTestModel model) : IClassFixture<TrainedTestModel>
{
    private static readonly DateTimeOffset From = new(2023, 3, 10, 0, 0, 0, TimeSpan.Zero);
    private readonly TrainedTestModel _model = model;

    [Fact]
    public void Opening_refuses_unknown_models_and_in_sample_starts_and_names_the_shortest_horizon()
    {
        var unknown = ModelAlphaSource.Open(_model.Registry, "nope", From);
        Assert.False(unknown.Ok);
        Assert.Contains("'nope' not found", unknown.Error);

        // Labels end by 2023-03-01, so the last sample lies in the 12h period starting 2023-02-28T12:00 — period 38,833 since the
        // epoch; the rotating stride keeps the bar (38,833 mod 12) = 1 hour into it: 2023-02-28T13:00 (TrainTo).
        Assert.Equal(new DateTimeOffset(2023, 2, 28, 13, 0, 0, TimeSpan.Zero), _model.Registry.Show(_model.Name).Value!.TrainTo);
        var inSample = ModelAlphaSource.Open(_model.Registry, _model.Name, new DateTimeOffset(2023, 2, 28, 13, 0, 0, TimeSpan.Zero), "--from");
        Assert.False(inSample.Ok);
        Assert.Contains("trained on data up to 2023-02-28T13:00Z, which is not before --from 2023-02-28T13:00Z; a backtest there would be in-sample", inSample.Error);
        var after = ModelAlphaSource.Open(_model.Registry, _model.Name, new DateTimeOffset(2023, 2, 28, 13, 0, 1, TimeSpan.Zero));
        Assert.True(after.Ok, after.Error);
        after.Value!.Dispose();

        using var source = ModelAlphaSource.Open(_model.Registry, _model.Name, From).Value!;
        Assert.Equal("model:stream-test(1h)", source.AlphaName);
        Assert.Equal(Horizon.Parse("1h"), source.Horizon);
    }

    [Fact]
    public void Streaming_predictions_equal_the_precomputed_ones_bar_by_bar_on_real_data()
    {
        using var source = ModelAlphaSource.Open(_model.Registry, _model.Name, From).Value!;
        var series = TrainedTestModel.Btc(new DateTimeOffset(2023, 2, 20, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2023, 3, 20, 0, 0, 0, TimeSpan.Zero));
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
            Assert.Same(streamed, context.PredictionOf(0));
            if (expected is null) continue;
            compared++;
            Assert.Equal(expected.AsOf, streamed!.AsOf);
            Assert.Equal(expected.ProbabilityUp, streamed.ProbabilityUp);
            Assert.Equal(expected.ExpectedReturn, streamed.ExpectedReturn);
            Assert.Equal((expected.IntervalLow, expected.IntervalHigh), (streamed.IntervalLow, streamed.IntervalHigh));
            Assert.Equal(expected.Confidence, streamed.Confidence);
            Assert.Equal(expected.Direction > 0 ? 1.0 : 0.0, insights[0].Direction);
        }

        // ta needs a few days of warm-up; every later bar has a prediction.
        Assert.True(compared > series.Count / 2, $"only {compared} of {series.Count} bars had predictions");
    }

    [Fact]
    public void Predictions_at_a_bar_do_not_change_when_later_bars_are_removed()
    {
        using var source = ModelAlphaSource.Open(_model.Registry, _model.Name, From).Value!;
        var series = TrainedTestModel.Btc(new DateTimeOffset(2023, 2, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2023, 3, 20, 0, 0, 0, TimeSpan.Zero));
        var full = source.Predict(series);
        foreach (var cut in new[] { series.Count - 1, series.Count - 50, series.Count - 300 })
        {
            var truncated = series.Slice(0, cut + 1);
            var last = source.PredictLast(truncated)!;
            Assert.Equal(full[series.CloseTimeMs[cut]].ProbabilityUp, last.ProbabilityUp);
            Assert.Equal(full[series.CloseTimeMs[cut]].ExpectedReturn, last.ExpectedReturn);
        }
    }

    [Fact]
    public void Seeding_loads_history_without_predicting_and_the_history_is_capped()
    {
        using var source = ModelAlphaSource.Open(_model.Registry, _model.Name, From).Value!;
        var series = TrainedTestModel.Btc(new DateTimeOffset(2023, 3, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2023, 3, 5, 0, 0, 0, TimeSpan.Zero));
        var universe = new TradingUniverse(Exchange.Binance, Timeframe.H1, [series.Symbol]);
        var alpha = source.CreateAlpha(universe, new StreamingModelAlphaOptions { MaxHistoryBars = 50 });
        Assert.Equal(series.Count, alpha.Seed(0, series));
        Assert.Equal(50, alpha.HistoryCount(0));
        Assert.Null(alpha.LatestPrediction(0));
        Assert.Equal(0, alpha.Seed(0, series)); // the same bars again are not after the history: skipped

        Assert.Throws<ArgumentException>(() => alpha.Seed(0, SharedCandles.BinanceHourly("ETH").SliceByCloseTime(From, From.AddDays(1))));
        Assert.Throws<ArgumentOutOfRangeException>(() => source.CreateAlpha(universe, new StreamingModelAlphaOptions { MaxHistoryBars = 1 }));
    }

    [Fact]
    public void An_out_of_order_bar_gives_no_view_rather_than_a_stale_one()
    {
        using var source = ModelAlphaSource.Open(_model.Registry, _model.Name, From).Value!;
        var series = TrainedTestModel.Btc(new DateTimeOffset(2023, 2, 20, 0, 0, 0, TimeSpan.Zero), From);
        var universe = new TradingUniverse(Exchange.Binance, Timeframe.H1, [series.Symbol]);
        var alpha = source.CreateAlpha(universe);
        alpha.Seed(0, series.Slice(0, series.Count - 1));
        var context = new BarCloseContext(universe);
        var insights = new AlphaInsight[1];
        context.Reset(series.LastCloseTime);
        context.SetBar(0, Bar.FromSeries(series, series.Count - 1));
        alpha.Update(context, insights);
        Assert.NotNull(alpha.LatestPrediction(0));

        context.Reset(series.LastCloseTime);
        context.SetBar(0, Bar.FromSeries(series, series.Count - 3));
        alpha.Update(context, insights);
        Assert.Null(alpha.LatestPrediction(0));
        Assert.False(insights[0].HasView);
    }
}
