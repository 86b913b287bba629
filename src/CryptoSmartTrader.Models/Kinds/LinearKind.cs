using CryptoSmartTrader.Models.Predictors;

namespace CryptoSmartTrader.Models.Kinds;

/// <summary>Ridge regression / logistic regression on standardised features.</summary>
internal sealed class LinearKind : IModelKind
{
    public string Name => LinearPredictor.KindName;
    public string Description => "ridge/logistic regression";

    public ModelKindResult Create(ModelKindRequest request) =>
        ModelKindResult.Success(_ => new LinearPredictor(), new Dictionary<string, string> { ["kind"] = Name });
}
