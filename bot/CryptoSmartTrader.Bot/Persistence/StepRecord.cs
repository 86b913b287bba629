using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Bot.Persistence;

/// <summary>Everything one bar close leaves behind besides orders and fills, committed in one transaction with the replay cursor.</summary>
internal sealed record StepRecord(
    DateTimeOffset Time,
    decimal Equity,
    decimal Cash,
    string TradingState,
    string DrawdownLevel,
    IReadOnlyList<(string Symbol, decimal Quantity, decimal AverageCost)> Positions,
    IReadOnlyList<(string Asset, decimal Amount)> Balances,
    IReadOnlyList<(string Symbol, string Model, double Direction, double Confidence, bool PassesGate)> Predictions,
    IReadOnlyList<Decision> Decisions,
    TradingStateRecord? Trading = null);
