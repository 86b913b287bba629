using CryptoSmartTrader.Core.Research;

namespace CryptoSmartTrader.Models.Predictors;

/// <summary>
/// A predictor that also learns from other horizons' labels of the same rows. <see cref="Training.MultiHorizonTrainer"/>
/// attaches those labels (<see cref="Datasets.CrossHorizonLabels"/>) before fitting it.
/// </summary>
public interface ICrossHorizonPredictor : IPredictor
{
    IReadOnlyList<Horizon> OtherHorizons { get; }
}
