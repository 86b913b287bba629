using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>
/// One recorded decision: when, for which symbol (default for portfolio-wide events), what was done and why.
/// <see cref="Quantity"/> is signed base quantity (buy &gt; 0) where it applies; <see cref="Details"/> is free text for people.
/// </summary>
public readonly record struct Decision(
    DateTimeOffset Time,
    Symbol Symbol,
    DecisionAction Action,
    ReasonCode Reason,
    double Quantity = 0,
    double Price = 0,
    string? ClientOrderId = null,
    string? Details = null);
