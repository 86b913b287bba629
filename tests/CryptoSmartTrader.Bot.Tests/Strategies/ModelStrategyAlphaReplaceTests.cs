using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.Strategies;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Bot.Tests.Strategies;

/// <summary>A retrained model replaces a running lane: from the next bar close on, the new model predicts with the full history.</summary>
public sealed class ModelStrategyAlphaReplaceTests(PromotedTestModels models) : IClassFixture<PromotedTestModels>
{
    private readonly PromotedTestModels _models = models;

    [Fact]
    public void After_a_replace_the_next_bar_close_is_predicted_by_the_new_model_as_its_batch_prediction_over_the_same_bars()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("cst-model-replace-").FullName, "strategy.json");
        File.WriteAllText(path, """{ "strategy": "model:bot-lin" }""");
        var (strategy, errors) = StrategyLoader.Load(new BotOptions { StrategyFile = path, ModelsPath = _models.Registry.Root });
        Assert.Empty(errors);
        var series = _models.Replayed;
        var universe = new TradingUniverse(Exchange.Binance, Timeframe.H1, [series.Symbol]);
        var alpha = Assert.IsType<ModelStrategyAlpha>(strategy!.CreateAlpha(universe));

        // Reference: the replacement's batch predictions over the same bars, computed apart from the alpha.
        using var reference = ModelAlphaSource.Open(_models.Registry, PromotedTestModels.Candidate, PromotedTestModels.TrainEnd).Value!;
        var expected = reference.Predict(series);
        var next = ModelAlphaSource.Open(_models.Registry, PromotedTestModels.Candidate, PromotedTestModels.TrainEnd).Value!;

        var context = new BarCloseContext(universe);
        var insights = new AlphaInsight[1];
        var switchAt = series.Count - 48;
        var compared = 0;
        for (var k = 0; k < series.Count; k++)
        {
            if (k == switchAt)
            {
                Assert.False(alpha.Replace("no-such-model", next, _ => series.Slice(0, k)));
                Assert.True(alpha.Replace(PromotedTestModels.Promoted, next, _ => series.Slice(0, k)));
                Assert.Equal("model:bot-cand(1h)", alpha.ModelOf(0));
                Assert.Equal(PromotedTestModels.Candidate, Assert.Single(alpha.Lanes).Source.Metadata.Name);
            }

            context.Reset(DateTimeOffset.FromUnixTimeMilliseconds(series.CloseTimeMs[k]));
            context.SetBar(0, Bar.FromSeries(series, k));
            alpha.Update(context, insights);
            if (k < switchAt) continue;
            Assert.Equal(expected[series.CloseTimeMs[k]].ProbabilityUp, alpha.PredictionOf(0)!.ProbabilityUp, 12);
            compared++;
        }

        Assert.Equal(48, compared);
    }
}
