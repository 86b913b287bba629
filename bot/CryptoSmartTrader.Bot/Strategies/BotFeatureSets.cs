using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.Features.Derivatives;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.Research.Session;

namespace CryptoSmartTrader.Bot.Strategies;

/// <summary>
/// The feature sets the bot feeds its models: the default ones plus <c>derivatives</c>, whose perpetual history (funding, open
/// interest, mark bars) is read from the bot's market store — the store it reads candles from — exactly as <c>cst train</c> and
/// <c>cst predict --features derivatives</c> read it. A symbol with no stored derivatives gets NaN in those columns, never a guess.
/// </summary>
internal static class BotFeatureSets
{
    /// <summary>The default sets, and <c>derivatives</c> by name only (so <c>all</c> keeps the columns its models were trained on).</summary>
    public static FeatureSetRegistry Create(string dbPath) =>
        FeatureSetRegistry.CreateDefault().Add(new DerivativesFeatureSet(series => LoadDerivatives(dbPath, series)), inAll: false);

    // Read again at every feature computation (each bar close) so rows stored since the last one are used. Point-in-time
    // holds regardless: DerivativesFeatureSet cuts the inputs at the series' last close, so a value known after the bar
    // being predicted is never seen, even though the store may hold later rows (a backfill, a replay of older bars).
    private static DerivativesInputs? LoadDerivatives(string dbPath, CandleSeries series)
    {
        if (!File.Exists(dbPath)) return null;
        using var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = dbPath });
        return ResearchDerivatives.LoadInputs(store.Derivatives, series.Exchange, series.Symbol, series.Timeframe);
    }
}
