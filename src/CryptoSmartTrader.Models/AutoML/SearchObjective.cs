namespace CryptoSmartTrader.Models.AutoML;

/// <summary>What the search minimises (Sharpe is negated so lower is always better).</summary>
public enum SearchObjective
{
    LogLoss,
    Brier,

    /// <summary>Per-trade Sharpe of the gated signal after costs: trade the predicted direction only when confidence ≥ the gate.</summary>
    GatedSharpe,
}
