using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Backtesting.Results;

/// <summary>What a run was asked to do, written into result.json so a result can be reproduced. <see cref="Costs"/> holds
/// the cost-model settings (fees, slippage, latency) as given.</summary>
public sealed record BacktestSettings(
    string Strategy,
    Exchange Exchange,
    IReadOnlyList<Symbol> Symbols,
    Timeframe Timeframe,
    DateTimeOffset From,
    DateTimeOffset To,
    decimal InitialCash,
    string AccountCurrency,
    int WarmupBars,
    bool WalkForward,
    IReadOnlyDictionary<string, string> Costs);
