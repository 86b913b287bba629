using System.Collections.Concurrent;
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
    public static FeatureSetRegistry Create(string dbPath)
    {
        var inputs = new StoredInputs(dbPath);
        return FeatureSetRegistry.CreateDefault().Add(new DerivativesFeatureSet(inputs.For), inAll: false);
    }

    /// <summary>
    /// Asked at every feature computation (each bar close) so rows stored since the last one are used. The whole history is
    /// read again only when a series' size or bounds changed: a replay or a quiet store costs three small queries per close,
    /// not a full read. Point-in-time holds regardless: DerivativesFeatureSet cuts the inputs at the series' last close, so
    /// a value known after the bar being predicted is never seen, even though the store may hold later rows.
    /// </summary>
    private sealed class StoredInputs(string dbPath)
    {
        private readonly ConcurrentDictionary<(Exchange, Symbol, Timeframe), (DerivativesSeriesInfo[] Stamp, DerivativesInputs? Inputs)> _read = new();

        public DerivativesInputs? For(CandleSeries series)
        {
            if (!File.Exists(dbPath)) return null;
            using var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = dbPath });
            var stamp = ResearchDerivatives.InputKeys(series.Exchange, series.Symbol, series.Timeframe).Select(store.Derivatives.Describe).ToArray();
            var key = (series.Exchange, series.Symbol, series.Timeframe);
            if (_read.TryGetValue(key, out var last) && last.Stamp.SequenceEqual(stamp)) return last.Inputs;
            var inputs = ResearchDerivatives.LoadInputs(store.Derivatives, series.Exchange, series.Symbol, series.Timeframe);
            _read[key] = (stamp, inputs);
            return inputs;
        }
    }
}
