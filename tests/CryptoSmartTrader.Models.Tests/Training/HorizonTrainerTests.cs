using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Evaluation;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Training;

namespace CryptoSmartTrader.Models.Tests.Training;

public sealed class HorizonTrainerTests
{
    private static readonly DatasetOptions Options = new() { Horizon = Horizon.H1, FeatureLookback = TimeSpan.Zero };

    [Fact]
    public void Learns_a_real_signal_with_calibrated_probabilities_and_covering_intervals()
    {
        var train = DatasetBuilder.Build([TrainingFixtures.PredictableFrame("AAA", 4000, 1), TrainingFixtures.PredictableFrame("BBB", 4000, 2)], Options);
        var trained = HorizonTrainer.Train(train, new LinearPredictor(), new TrainerOptions());
        using var model = trained.Model;
        Assert.Equal(4, trained.Folds);
        Assert.True(trained.OutOfFold.Auc > 0.7, $"OOF AUC {trained.OutOfFold.Auc}");

        // Fresh data from the same process: calibration and coverage hold out of sample.
        var test = DatasetBuilder.Build([TrainingFixtures.PredictableFrame("AAA", 3000, 3), TrainingFixtures.PredictableFrame("BBB", 3000, 4)], Options);
        var m = ModelEvaluator.Evaluate(model, test, "linear");
        Assert.True(m.Auc > 0.7, $"test AUC {m.Auc}");
        Assert.True(m.Ece < 0.03, $"test ECE {m.Ece}");
        Assert.InRange(m.Coverage80, 0.77, 0.83);
        Assert.InRange(m.Coverage95, 0.93, 0.97);
        Assert.True(m.GatePassed > 100);
        Assert.InRange(m.GateHitRate, 0.8, 0.95); // confidence ≥ 0.8 → at least ~80% right
    }

    [Fact]
    public void Predictions_carry_symbol_horizon_and_model_identity()
    {
        var data = DatasetBuilder.Build([TrainingFixtures.PredictableFrame("AAA", 600, 5)], Options);
        using var model = HorizonTrainer.Train(data, new XGBoostPredictor(new XGBoostParameters { Rounds = 10, Threads = 1 }), new TrainerOptions()).Model;
        var rows = data.X.Subset([0, 1]);
        var at = new[] { DateTimeOffset.FromUnixTimeMilliseconds(data.TimesMs[0]), DateTimeOffset.FromUnixTimeMilliseconds(data.TimesMs[1]) };
        var preds = model.Predict(rows, [data.SymbolOf(0), data.SymbolOf(1)], at, "m1", "v1");
        Assert.Equal(2, preds.Count);
        Assert.All(preds, p =>
        {
            Assert.Equal(Horizon.H1, p.Horizon);
            Assert.Equal(new Symbol("AAA", "USDT"), p.Symbol);
            Assert.Equal("m1", p.ModelId);
            Assert.True(p.IntervalLow < p.ExpectedReturn && p.ExpectedReturn < p.IntervalHigh);
            Assert.InRange(p.Confidence, 0.5, 1);
        });
        Assert.Throws<ArgumentException>(() => model.Score(new FeatureRows([1.0], 1, 1)));
    }

    [Fact]
    public void An_empty_dataset_is_rejected_with_its_report()
    {
        var data = DatasetBuilder.Build([TrainingFixtures.PredictableFrame("AAA", 100, 5)], Options with { From = DateTimeOffset.UnixEpoch, To = DateTimeOffset.UnixEpoch });
        Assert.Contains("empty", Assert.Throws<ArgumentException>(() => HorizonTrainer.Train(data, new LinearPredictor(), new TrainerOptions())).Message);
    }
}
