using CryptoSmartTrader.Bot.Strategies;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Datasets;
using CryptoSmartTrader.Data.Import;
using CryptoSmartTrader.Data.Storage;

namespace CryptoSmartTrader.Bot.Replay;

/// <summary>
/// Candles for the replay feed: the strategy's series are imported from the local dataset into the store (idempotent)
/// and loaded from there. Whatever is missing is listed in words; nothing is invented or filled in.
/// </summary>
internal static class ReplayData
{
    public static async Task<(IReadOnlyList<CandleSeries> Series, IReadOnlyList<string> Missing)> LoadAsync(string dbPath, string? datasetsPath,
        Strategy strategy, int lastBars, CancellationToken cancellationToken)
    {
        var missing = new List<string>();
        using var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = dbPath });
        var folder = DatasetLocator.Find(datasetsPath);
        if (folder is null)
        {
            missing.Add(DatasetLocator.NotFoundMessage(datasetsPath) + ", or pass --datasets");
        }

        var importer = new CandleImporter(store);
        var series = new List<CandleSeries>();
        foreach (var symbol in strategy.Symbols)
        {
            var name = $"{symbol.Base}_{symbol.Quote}-{strategy.Timeframe}.";
            var file = folder is null ? null : DatasetLocator.FindCandleFile(folder, strategy.Exchange, symbol, strategy.Timeframe);
            if (file is not null)
            {
                var result = await importer.ImportFileAsync(file, strategy.Exchange, cancellationToken);
                if (result.Status == FileImportStatus.Rejected) missing.Add($"{strategy.Exchange} {symbol} {strategy.Timeframe}: {file} was rejected on import: {result.Reason}");
            }

            var loaded = await store.LoadAsync(strategy.Exchange, symbol, strategy.Timeframe, cancellationToken: cancellationToken);
            if (loaded.IsEmpty)
            {
                missing.Add($"no {strategy.Timeframe} candles for {strategy.Exchange} {symbol}: expected a file named {name}csv[.gz] in candles/{strategy.Exchange}_spot_{strategy.Timeframe}/ of the dataset, or candles in the store {dbPath}");
                continue;
            }

            series.Add(lastBars > 0 && loaded.Count > lastBars ? loaded.Slice(loaded.Count - lastBars, lastBars) : loaded);
        }

        return (series, missing);
    }
}
