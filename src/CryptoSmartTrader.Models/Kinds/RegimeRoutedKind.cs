using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Models.Routing;

namespace CryptoSmartTrader.Models.Kinds;

/// <summary>One XGBoost per market regime, routed by the regime detector's column.</summary>
internal sealed class RegimeRoutedKind : IModelKind
{
    public string Name => RegimeRoutedPredictor.KindName;
    public string Description => "one xgboost per regime (needs the regime features: --features all)";
    public bool SupportsSearch => true;

    // Routing reads the regime detector's column; without it every fit would fail deep inside training.
    public string? CheckFeatures(FeatureSetDescriptor features) => features.Columns.Contains("regime") ? null
        : $"{Name} needs the regime features (column 'regime'); feature set '{features.Name}' has none: use --features all";

    public ModelKindResult Create(ModelKindRequest request)
    {
        var p = XGBoostSettings.Parse(request, out var error);
        if (p is null) return ModelKindResult.Fail(error!);
        var recorded = new Dictionary<string, string>(p.Describe()) { ["kind"] = Name };
        return ModelKindResult.Success(h => new RegimeRoutedPredictor(new XGBoostPredictor(request.Tuned?.Invoke(h) ?? p)), recorded);
    }
}
