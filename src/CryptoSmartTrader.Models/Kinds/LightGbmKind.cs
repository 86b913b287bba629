using CryptoSmartTrader.Models.MlNet;

namespace CryptoSmartTrader.Models.Kinds;

/// <summary>LightGBM through ML.NET (a classifier for P(up) and a regressor for the return per horizon).</summary>
internal sealed class LightGbmKind : IModelKind
{
    public string Name => MlNetTreeOptions.KindName(MlNetTreeKind.LightGbm);
    public string Description => "LightGBM gradient-boosted trees through ML.NET";

    public ModelKindResult Create(ModelKindRequest request) => MlNetTreeSettings.Create(MlNetTreeKind.LightGbm, request);
}
