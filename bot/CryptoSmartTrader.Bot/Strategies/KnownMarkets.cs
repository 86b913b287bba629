using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.MarketData;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Datasets;
using CryptoSmartTrader.Data.Import;
using CryptoSmartTrader.Data.Storage;

namespace CryptoSmartTrader.Bot.Strategies;

/// <summary>
/// Start-up check of the strategy's venue and symbols (issue 19): an exchange nothing knows, or a replayed symbol that
/// neither the store, the dataset folder nor <c>datasets/manifest.json</c> has at any timeframe, stops the bot with a
/// reason; a typo (<c>BTC/USTD</c>, <c>binanse</c>) used to start a bot that waited for data that can never come. A known
/// symbol whose candles are merely not here yet starts, and the replay says what is missing and how to get it.
/// </summary>
internal static class KnownMarkets
{
    public static IReadOnlyList<string> Check(BotOptions options, MarketDataOptions marketData, Strategy strategy)
    {
        var exchange = strategy.Exchange;
        if (!KnownVenues.IsKnown(exchange))
        {
            return [$"{strategy.Source}: exchange '{exchange}' is unknown ({KnownVenues.Expected})"];
        }

        if (options.Mode == BotMode.Live && !exchange.IsSupported)
        {
            return [$"{strategy.Source}: exchange '{exchange}' has no trading adapter, so LIVE mode cannot trade on it (expected one of {string.Join(", ", Exchange.Supported)})"];
        }

        // Live market data is checked by the venue itself (the start-up probe); only a replay depends on what is here.
        var replays = options.Mode == BotMode.Replay || (options.Mode != BotMode.Live && marketData.Source == MarketDataSource.Replay);
        if (!replays) return [];

        var folder = DatasetLocator.Find(options.DatasetsPath);
        var manifest = ManifestSymbols(exchange);
        var stored = StoredSymbols(options.DbPath, exchange);
        var errors = new List<string>();
        foreach (var symbol in strategy.Symbols)
        {
            if (manifest.Contains(symbol) || stored.Contains(symbol) || (folder is not null && InFolder(folder, exchange, symbol))) continue;
            // What the store holds replays at once, so it is offered before what the manifest says can be fetched.
            var known = stored.Select(s => s.ToString()).Order(StringComparer.Ordinal)
                .Concat(manifest.Except(stored).Select(s => s.ToString()).Order(StringComparer.Ordinal)).Take(8).ToList();
            errors.Add($"{strategy.Source}: symbol {symbol} is unknown on {exchange}: no candles for it at any timeframe in the store {options.DbPath}, " +
                $"in {(folder is null ? "a dataset folder (none found)" : $"the dataset {folder}")} or in datasets/{DatasetManifest.FileName} " +
                $"(expected a symbol these hold{(known.Count > 0 ? $", e.g. {string.Join(", ", known)}" : string.Empty)})");
        }

        return errors;
    }

    /// <summary>Symbols of <paramref name="exchange"/> the repository's dataset manifest lists (any timeframe); empty without a manifest.</summary>
    public static HashSet<Symbol> ManifestSymbols(Exchange exchange)
    {
        var symbols = new HashSet<Symbol>();
        if (FindManifest() is not { } path) return symbols;
        DatasetManifest manifest;
        try
        {
            manifest = DatasetManifest.Load(path);
        }
        catch (InvalidDataException)
        {
            return symbols; // the manifest's own checks (cst data) report a broken file; the store and folder still count
        }

        foreach (var entry in manifest.Datasets.Where(d => d.Kind == "candles" && (d.Exchange ?? "").Split(',', StringSplitOptions.TrimEntries).Contains(exchange.Id)))
        {
            foreach (var file in entry.Files)
            {
                if (Symbol.TryParse(file.Symbol, out var s, out _)) symbols.Add(s);
            }
        }

        return symbols;
    }

    // datasets/manifest.json in the working directory or above it, else above the bot's own folder (tests, run.sh).
    private static string? FindManifest()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "datasets", DatasetManifest.FileName);
                if (File.Exists(candidate)) return candidate;
            }
        }

        return null;
    }

    // An existing store only: start-up never creates a database just to look into it.
    private static HashSet<Symbol> StoredSymbols(string dbPath, Exchange exchange)
    {
        if (!File.Exists(dbPath)) return [];
        using var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = dbPath });
        return store.ListSeries().Where(s => s.Exchange == exchange).Select(s => s.Symbol).ToHashSet();
    }

    private static bool InFolder(string root, Exchange exchange, Symbol symbol)
    {
        foreach (var candles in new[] { Path.Combine(root, "candles"), root })
        {
            if (!Directory.Exists(candles)) continue;
            foreach (var dir in Directory.EnumerateDirectories(candles, $"{exchange.Id}_spot_*"))
            {
                var tf = Path.GetFileName(dir)[(exchange.Id.Length + "_spot_".Length)..];
                if (Timeframe.TryParse(tf, out var timeframe) && DatasetLocator.FindCandleFileIn(dir, exchange, symbol, timeframe) is not null) return true;
            }
        }

        return false;
    }
}
