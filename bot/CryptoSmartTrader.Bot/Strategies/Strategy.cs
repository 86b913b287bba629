using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Risk;

namespace CryptoSmartTrader.Bot.Strategies;

/// <summary>A validated strategy: what to trade and how.</summary>
internal sealed record Strategy(Exchange Exchange, Timeframe Timeframe, IReadOnlyList<Symbol> Symbols, string Kind, SmaCrossOptions Sma,
    decimal InitialCash, string AccountCurrency, double RebalanceThreshold, RiskOptions Risk, string Source);
