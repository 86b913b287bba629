using CryptoSmartTrader.Models.MlNet;

namespace CryptoSmartTrader.Models.Kinds;

/// <summary>FastTree (MART gradient-boosted trees) through ML.NET (a classifier for P(up) and a regressor for the return per horizon).</summary>
internal sealed class FastTreeKind : IModelKind
{
    public string Name => MlNetTreeOptions.KindName(MlNetTreeKind.FastTree);
    public string Description => "FastTree gradient-boosted trees through ML.NET";

    public ModelKindResult Create(ModelKindRequest request) => MlNetTreeSettings.Create(MlNetTreeKind.FastTree, request);
}
