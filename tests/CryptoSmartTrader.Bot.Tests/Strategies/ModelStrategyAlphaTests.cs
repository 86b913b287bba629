using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.Strategies;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Bot.Tests.Strategies;

/// <summary>Several promoted models in one kernel alpha: each symbol gets its own model's point-in-time predictions.</summary>
public sealed class ModelStrategyAlphaTests(PromotedTestModels models) : IClassFixture<PromotedTestModels>
{
    private readonly PromotedTestModels _models = models;

    [Fact]
    public void Each_symbol_is_predicted_by_its_model_bar_by_bar_and_in_sample_bars_get_no_view()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("cst-model-alpha-").FullName, "strategy.json");
        File.WriteAllText(path, """{ "strategy": "promoted", "timeframe": "1h", "symbols": ["BTC/USDT", "ETH/USDT"] }""");
        var (strategy, errors) = StrategyLoader.Load(new BotOptions { StrategyFile = path, ModelsPath = _models.Registry.Root });
        Assert.Empty(errors);

        // ETH first in the universe, so slot order differs from the strategy's symbol order.
        var series = new[] { "ETH", "BTC" }.Select(b => SharedCandles.BinanceHourly(b).SliceByCloseTime(PromotedTestModels.ReplayFrom, PromotedTestModels.ReplayTo)).ToArray();
        var universe = new TradingUniverse(Exchange.Binance, Timeframe.H1, series.Select(s => s.Symbol));
        var alpha = Assert.IsType<ModelStrategyAlpha>(strategy!.CreateAlpha(universe));
        Assert.Equal(("model:bot-eth(1h)", "model:bot-lin(1h)"), (alpha.ModelOf(0), alpha.ModelOf(1)));

        // Reference: each model's batch predictions over its own symbol's bars, computed apart from the bot.
        var expected = new[] { PromotedTestModels.EthPromoted, PromotedTestModels.Promoted }.Select((name, i) =>
        {
            using var source = ModelAlphaSource.Open(_models.Registry, name, PromotedTestModels.TrainEnd).Value!;
            return (Predictions: source.Predict(series[i]), TrainToMs: source.Metadata.TrainTo.ToUnixTimeMilliseconds());
        }).ToArray();

        var context = new BarCloseContext(universe);
        var insights = new AlphaInsight[2];
        int inSample = 0, compared = 0;
        for (var k = 0; k < series[0].Count; k++)
        {
            var t = series[0].CloseTimeMs[k];
            context.Reset(DateTimeOffset.FromUnixTimeMilliseconds(t));
            var at = series.Select(s => s.IndexOfCloseTime(DateTimeOffset.FromUnixTimeMilliseconds(t))).ToArray();
            for (var i = 0; i < 2; i++)
            {
                if (at[i] >= 0) context.SetBar(i, Bar.FromSeries(series[i], at[i]));
            }

            alpha.Update(context, insights);
            for (var i = 0; i < 2; i++)
            {
                if (at[i] < 0) continue; // an exchange gap: that symbol has no bar at this close
                var want = t <= expected[i].TrainToMs ? null : expected[i].Predictions.GetValueOrDefault(t);
                if (t <= expected[i].TrainToMs && expected[i].Predictions.ContainsKey(t)) inSample++;
                var got = alpha.PredictionOf(i);
                Assert.Equal(want?.ProbabilityUp, got?.ProbabilityUp);
                Assert.Same(got, context.PredictionOf(i));
                Assert.Equal(want is not null, insights[i].HasView);
                if (want is not null) compared++;
            }
        }

        Assert.True(inSample > 0, "the window should contain in-sample bars with a prediction the alpha must withhold");
        Assert.True(compared > series[0].Count / 2, $"only {compared} predictions compared");
    }
}
