using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Training;

namespace CryptoSmartTrader.Models.Evaluation;

/// <summary>Scores a trained horizon model on a held-out dataset (which must not overlap its training window).</summary>
public static class ModelEvaluator
{
    public static HorizonMetrics Evaluate(HorizonModel model, LabeledDataset test, string name, double gate = 0.8)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(test);
        if (model.Horizon != test.Horizon)
        {
            throw new ArgumentException($"evaluate: model horizon {model.Horizon} differs from dataset horizon {test.Horizon}", nameof(test));
        }

        var s = model.Score(test.X);
        return HorizonMetrics.Compute(test.Horizon.Code, name, s.ProbabilityUp, s.Confidence, test.Returns, s.Low80, s.High80, s.Low95, s.High95, gate);
    }
}
