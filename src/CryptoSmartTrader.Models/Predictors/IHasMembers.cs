namespace CryptoSmartTrader.Models.Predictors;

/// <summary>A fitted model made of other fitted models (ensembles, routers); feature importance averages over them.</summary>
internal interface IHasMembers
{
    IReadOnlyList<IFittedPredictor> Members { get; }
}
