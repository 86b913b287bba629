using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Risk;

namespace CryptoSmartTrader.Bot.Strategies;

/// <summary>
/// The strategy file (JSON, camelCase). Anything left out falls back to the bot's settings (exchange, timeframe,
/// symbols) or the trading layer's defaults. <see cref="Strategy"/> is <c>sma-cross</c>, <c>model:NAME</c>
/// (a promoted model of the registry; exchange, timeframe and symbols default to the model's) or <c>promoted</c> (every
/// promoted model trained on the strategy's exchange, timeframe and symbols).
/// </summary>
public sealed class StrategyFile
{
    public string? Exchange { get; set; }
    public string? Timeframe { get; set; }
    public List<string>? Symbols { get; set; }
    public string Strategy { get; set; } = "sma-cross";
    public SmaCrossOptions Sma { get; set; } = new();
    public decimal InitialCash { get; set; } = 10_000m;
    public string AccountCurrency { get; set; } = "USDT";

    /// <summary>A target change smaller than this fraction of equity is not traded.</summary>
    public double RebalanceThreshold { get; set; } = 0.02;

    /// <summary>
    /// The trading layer's risk defaults, except that a data-quality collapse needs 3 symbols: with the bot's default two
    /// symbols one bad series halted everything for good (issue 19, finding 7), while that symbol's own data-quality
    /// block already keeps it from trading.
    /// </summary>
    public RiskOptions Risk { get; set; } = new() { DataQualityMinSymbols = 3 };
}
