using System.Collections.Concurrent;
using System.Globalization;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.Features.Derivatives;
using CryptoSmartTrader.Features.Sets;

namespace CryptoSmartTrader.Research.Session;

/// <summary>
/// The one registry of feature sets a model is fed with wherever it runs: the default sets plus <c>derivatives</c>, whose
/// perpetual history (funding, open interest, mark bars) is read from the market store the candles come from. <c>cst train</c>,
/// <c>cst predict</c>, <c>cst backtest</c> (with <c>--model</c> or a models package), the notebooks' session and the bot all
/// build it here, so a derivatives-trained model sees the same columns in each. A symbol with no stored derivatives gets NaN
/// in those columns, never a guess; <see cref="MissingInputs"/> says so for a run.
/// </summary>
public static class StoreFeatureSets
{
    /// <summary>The default sets, and <c>derivatives</c> by name only (so <c>all</c> keeps the columns its models were trained on).</summary>
    /// <param name="dbPath">The market store; a missing file reads as a store without derivatives (NaN columns).</param>
    /// <param name="time">The clock the store is opened with (default the system clock).</param>
    public static FeatureSetRegistry Create(string dbPath, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(dbPath);
        var inputs = new StoredInputs(dbPath, time ?? TimeProvider.System);
        return FeatureSetRegistry.CreateDefault().Add(new DerivativesFeatureSet(inputs.For), inAll: false);
    }

    /// <summary>True when <paramref name="sets"/> read the store's perpetual history (a model trained on <c>derivatives</c>).</summary>
    public static bool UsesDerivatives(IEnumerable<IFeatureSet> sets) => sets.Any(s => s is DerivativesFeatureSet);

    /// <summary>
    /// One line per symbol whose stored inputs of the <c>derivatives</c> set do not cover the bar closes in
    /// [<paramref name="from"/>, <paramref name="to"/>], naming the symbol, each missing series and the store: those columns
    /// are NaN there (nothing is filled in), so a model that needs them makes no prediction. Empty when all is stored.
    /// </summary>
    public static IReadOnlyList<string> MissingInputs(string dbPath, Exchange venue, IEnumerable<Symbol> symbols, Timeframe timeframe,
        DateTimeOffset from, DateTimeOffset to, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(dbPath);
        ArgumentNullException.ThrowIfNull(symbols);
        var result = new List<string>();
        if (!File.Exists(dbPath))
        {
            foreach (var pair in symbols)
            {
                result.Add($"{venue} {pair}: the store {dbPath} does not exist, so there is no funding, open-interest {timeframe} or mark {timeframe} " +
                           $"history: every derivatives column is NaN (nothing is filled in) and the model makes no prediction there; {Download(venue, pair, timeframe)}");
            }

            return result;
        }

        using var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = dbPath }, time ?? TimeProvider.System);
        foreach (var pair in symbols)
        {
            var gaps = new List<string>();
            foreach (var info in ResearchDerivatives.InputKeys(venue, pair, timeframe).Select(store.Derivatives.Describe))
            {
                var name = info.Key.KindCode + (info.Key.Interval is { } i ? " " + i.Code : string.Empty);
                if (info.Rows == 0) gaps.Add($"no {name} series");
                else if (info.LastKnown < from || info.FirstKnown > to) gaps.Add($"{name} only {Iso(info.FirstKnown)} .. {Iso(info.LastKnown)}");
            }

            if (gaps.Count > 0)
            {
                result.Add($"{venue} {pair}: {string.Join(", ", gaps)} in the store {dbPath} for the run {Iso(from)} .. {Iso(to)}: the derivatives " +
                           $"columns from them are NaN (nothing is filled in) and the model makes no prediction where it needs them; {Download(venue, pair, timeframe)}");
            }
        }

        return result;
    }

    private static string Download(Exchange venue, Symbol pair, Timeframe timeframe) =>
        $"download with {ResearchDerivatives.DownloadCommand(venue.Id, pair.ToString())} (and --kind open-interest, --kind mark with --timeframe {timeframe})";

    private static string Iso(DateTimeOffset? t) => t?.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "-";

    /// <summary>
    /// Asked at every feature computation (each bar close in the bot) so rows stored since the last one are used. The whole
    /// history is read again only when a series' size or bounds changed: a replay or a quiet store costs three small queries
    /// per close, not a full read. Point-in-time holds regardless: DerivativesFeatureSet cuts the inputs at the series' last
    /// close and matches each row to values known at that row's close, so a value known after a bar is never used for it.
    /// </summary>
    private sealed class StoredInputs(string dbPath, TimeProvider time)
    {
        private readonly ConcurrentDictionary<(Exchange, Symbol, Timeframe), (DerivativesSeriesInfo[] Stamp, DerivativesInputs? Inputs)> _read = new();

        public DerivativesInputs? For(CandleSeries series)
        {
            if (!File.Exists(dbPath)) return null;
            using var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = dbPath }, time);
            var stamp = ResearchDerivatives.InputKeys(series.Exchange, series.Symbol, series.Timeframe).Select(store.Derivatives.Describe).ToArray();
            var key = (series.Exchange, series.Symbol, series.Timeframe);
            if (_read.TryGetValue(key, out var last) && last.Stamp.SequenceEqual(stamp)) return last.Inputs;
            var inputs = ResearchDerivatives.LoadInputs(store.Derivatives, series.Exchange, series.Symbol, series.Timeframe);
            _read[key] = (stamp, inputs);
            return inputs;
        }
    }
}
