namespace CryptoSmartTrader.Models.Predictors;

/// <summary>
/// A learning algorithm: fits on a training set and hands back a fitted model. New model families (sequence models,
/// N-BEATS, …) plug in by implementing this and <see cref="IFittedPredictor"/> and registering a loader in <see cref="PredictorStore"/>.
/// </summary>
public interface IPredictor
{
    /// <summary>A stable kind name stored with saved models, e.g. <c>xgboost</c>.</summary>
    string Kind { get; }

    IFittedPredictor Fit(TrainingSet data, CancellationToken cancellationToken = default);
}
