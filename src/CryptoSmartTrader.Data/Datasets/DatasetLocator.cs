using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Datasets;

/// <summary>
/// The one place that finds the local dataset folder (bot replay, notebooks, CLI, tests) and the candle file of a series
/// inside it. Search order: an explicit path, the <c>CST_DATASETS</c> environment variable, <c>datasets/</c> in the
/// working directory or any folder above it up to the repository, then <c>../shared/datasets</c> beside the repository.
/// A folder counts only if it holds candle files; a clone without any gets them with <c>./cst data fetch-datasets</c>.
/// </summary>
public static class DatasetLocator
{
    public const string EnvironmentVariable = "CST_DATASETS";

    /// <summary>The command that rebuilds the re-downloadable datasets (named in every "not found" message).</summary>
    public const string FetchCommand = "./cst data fetch-datasets";

    public static IReadOnlyList<string> Candidates(string? explicitPath = null, string? startDirectory = null)
    {
        var list = new List<string>();
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            list.Add(Path.GetFullPath(explicitPath));
            return list;
        }

        var env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(env))
        {
            list.Add(Path.GetFullPath(env));
        }

        for (var dir = new DirectoryInfo(startDirectory ?? Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            list.Add(Path.Combine(dir.FullName, "datasets"));
            list.Add(Path.Combine(dir.FullName, "shared", "datasets"));
            if (File.Exists(Path.Combine(dir.FullName, "CryptoSmartTrader.sln")))
            {
                list.Add(Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "datasets")));
                break;
            }
        }

        return list.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The first candidate that holds candle files, or null (the caller reports what is missing; nothing is invented).</summary>
    public static string? Find(string? explicitPath = null, string? startDirectory = null) =>
        Candidates(explicitPath, startDirectory).FirstOrDefault(HasCandles);

    /// <summary>Why nothing was found, in words: the places searched and how to get data.</summary>
    public static string NotFoundMessage(string? explicitPath = null, string? startDirectory = null) =>
        $"no dataset folder with candle files (searched {string.Join(", ", Candidates(explicitPath, startDirectory))}); " +
        $"run {FetchCommand} (downloads the re-downloadable datasets into datasets/) or set {EnvironmentVariable} to a dataset folder";

    public static bool HasCandles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return false;
        }

        var candles = Path.Combine(folder, "candles");
        var root = Directory.Exists(candles) ? candles : folder;
        return Directory.EnumerateFiles(root, "*.csv*", SearchOption.AllDirectories).Any();
    }

    /// <summary>
    /// The folder holding a venue's candles at one timeframe: <c>ROOT/candles/{exchange}_spot_{tf}</c>, or
    /// <c>ROOT/{exchange}_spot_{tf}</c> when ROOT is the candles folder; a folder holding the files directly is used as is.
    /// </summary>
    public static string CandleFolder(string root, Exchange exchange, Timeframe timeframe)
    {
        foreach (var candidate in new[] { Path.Combine(root, "candles", $"{exchange.Id}_spot_{timeframe.Code}"), Path.Combine(root, $"{exchange.Id}_spot_{timeframe.Code}") })
        {
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return root;
    }

    /// <summary>
    /// The candle file of a series under <paramref name="root"/> (a dataset root, its candles folder or a venue folder):
    /// <c>BASE_QUOTE-TF.csv.gz</c> or <c>.csv</c>, else the venue-native id (<c>XBTUSD-1h.csv.gz</c>); null when none exists.
    /// </summary>
    public static string? FindCandleFile(string root, Exchange exchange, Symbol symbol, Timeframe timeframe) =>
        FindCandleFileIn(CandleFolder(root, exchange, timeframe), exchange, symbol, timeframe);

    /// <summary>The candle file of a series directly in <paramref name="folder"/> (no layout search), or null.</summary>
    public static string? FindCandleFileIn(string folder, Exchange? exchange, Symbol symbol, Timeframe timeframe)
    {
        foreach (var token in FileTokens(exchange, symbol))
        {
            foreach (var name in new[] { $"{token}-{timeframe.Code}.csv.gz", $"{token}-{timeframe.Code}.csv" })
            {
                var path = Path.Combine(folder, name);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> FileTokens(Exchange? exchange, Symbol symbol)
    {
        yield return symbol.ToFileToken();
        if (exchange == Exchange.Kraken)
        {
            // Kraken's own exports name pairs by altname with its 3-letter codes (XBTUSD, XDGUSD).
            static string Alt(string a) => a switch { "BTC" => "XBT", "DOGE" => "XDG", _ => a };
            yield return Alt(symbol.Base) + Alt(symbol.Quote);
        }
    }
}
