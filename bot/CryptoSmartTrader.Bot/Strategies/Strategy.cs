using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Risk;

namespace CryptoSmartTrader.Bot.Strategies;

/// <summary>A validated strategy: what to trade and how. <see cref="Models"/> is empty for the rule strategy (sma-cross).</summary>
internal sealed record Strategy(Exchange Exchange, Timeframe Timeframe, IReadOnlyList<Symbol> Symbols, string Kind, SmaCrossOptions Sma,
    decimal InitialCash, string AccountCurrency, double RebalanceThreshold, RiskOptions Risk, string Source, IReadOnlyList<ModelLane>? Models = null)
{
    /// <summary>The kernel's alpha for <paramref name="universe"/> (the symbols that have data, a subset of <see cref="Symbols"/>).</summary>
    public IAlphaModel CreateAlpha(TradingUniverse universe) => Models is { Count: > 0 } models
        ? new ModelStrategyAlpha(models, universe)
        : new SmaCrossAlphaModel(universe.Count, Sma);
}
