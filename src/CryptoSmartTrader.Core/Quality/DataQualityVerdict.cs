using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Core.Quality;

/// <summary>
/// The market-data layer's judgement of a series over a window. Lives in Core so the trading kernel can consult it
/// without depending on the data layer. <see cref="Tradable"/> false blocks new exposure in that symbol.
/// </summary>
public sealed record DataQualityVerdict(
    Exchange Exchange,
    Symbol Symbol,
    Timeframe Timeframe,
    DateTimeOffset AsOf,
    double Score,
    bool Tradable,
    IReadOnlyList<string> Reasons)
{
    public static DataQualityVerdict Untradable(Exchange exchange, Symbol symbol, Timeframe timeframe, DateTimeOffset asOf, string reason) =>
        new(exchange, symbol, timeframe, asOf, 0, false, [reason]);
}
