namespace CryptoSmartTrader.Models.Routing;

/// <summary>Which column holds the regime label and how many training rows a regime needs for a model of its own.</summary>
public sealed record RegimeRoutingOptions
{
    /// <summary>The rule-based label of the <c>regime</c> feature set (<c>regime_gmm</c> is the mixture model's label).</summary>
    public string RegimeColumn { get; init; } = "regime";

    /// <summary>Regimes with fewer training rows are served by the global model.</summary>
    public int MinRowsPerRegime { get; init; } = 500;
}
