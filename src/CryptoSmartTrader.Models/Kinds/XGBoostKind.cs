using CryptoSmartTrader.Models.Predictors;

namespace CryptoSmartTrader.Models.Kinds;

/// <summary>Gradient-boosted trees, one per horizon (the default kind).</summary>
internal sealed class XGBoostKind : IModelKind
{
    public string Name => XGBoostPredictor.KindName;
    public string Description => "XGBoost gradient-boosted trees (default)";
    public bool SupportsSearch => true;

    public ModelKindResult Create(ModelKindRequest request)
    {
        var p = XGBoostSettings.Parse(request, out var error);
        if (p is null) return ModelKindResult.Fail(error!);
        var recorded = new Dictionary<string, string>(p.Describe()) { ["kind"] = Name };
        return ModelKindResult.Success(h => new XGBoostPredictor(request.Tuned?.Invoke(h) ?? p), recorded);
    }
}
