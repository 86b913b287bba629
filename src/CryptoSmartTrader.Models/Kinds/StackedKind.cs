using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Stacking;

namespace CryptoSmartTrader.Models.Kinds;

/// <summary>
/// A meta-learner over out-of-fold predictions of XGBoost, ridge/logistic and persistence, for this horizon and the other
/// horizons trained together (features known at t only).
/// </summary>
internal sealed class StackedKind : IModelKind
{
    public string Name => StackingPredictor.KindName;
    public string Description => "meta-learner over xgboost, linear, persistence and the other horizons";
    public bool SupportsSearch => true;

    public ModelKindResult Create(ModelKindRequest request)
    {
        var p = XGBoostSettings.Parse(request, out var error);
        if (p is null) return ModelKindResult.Fail(error!);
        var recorded = new Dictionary<string, string>(p.Describe()) { ["kind"] = Name };
        return ModelKindResult.Success(h => new StackingPredictor(
            [
                new StackingBase("xgboost", new XGBoostPredictor(request.Tuned?.Invoke(h) ?? p)),
                new StackingBase("linear", new LinearPredictor()),
                new StackingBase("persistence", new NaivePredictor(NaiveKind.Persistence)),
            ],
            new StackingOptions { OtherHorizons = request.Horizons.Where(x => x != h).ToArray() }), recorded);
    }
}
