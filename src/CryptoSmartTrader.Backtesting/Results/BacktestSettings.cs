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
    IReadOnlyDictionary<string, string> Costs)
{
    /// <summary>The drawdown ladder's settings (hysteresis, recovery policy, cool-down), so a report says how a crash was handled.</summary>
    public IReadOnlyDictionary<string, string> Risk { get; init; } = new Dictionary<string, string>();
}
