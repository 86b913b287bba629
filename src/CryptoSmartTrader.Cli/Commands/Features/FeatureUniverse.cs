using CryptoSmartTrader.Cli.Commands.Data;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Markets;
using Symbol = CryptoSmartTrader.Core.Markets.Symbol;

namespace CryptoSmartTrader.Cli.Commands.Features;

/// <summary>
/// <c>cst features --universe SYM,SYM,…</c>: the cross-section for the <c>cross</c> set and for the regime set's breadth.
/// There is deliberately no default (such as "whatever the store holds"): the universe is a research decision, and one
/// that silently changes with the store's contents is neither reproducible nor free of survivorship bias. Members load
/// from the same store or source folder as <c>--symbol</c>; a member that is not there is a usage error naming it. Bars
/// are never filled: the panel aligns on close times and a member without a bar is missing at that row.
/// </summary>
internal static class FeatureUniverse
{
    /// <summary>The cross set's benchmark base asset (its correlation, beta and lead-lag columns are against it).</summary>
    public const string Benchmark = "BTC";

    /// <summary>The symbols of <c>--universe</c>, or null when it is absent. The target may be listed; its own series is used.</summary>
    public static IReadOnlyList<Symbol>? Parse(string? value, Symbol target)
    {
        if (value is null)
        {
            return null;
        }

        var items = value.Split(',', StringSplitOptions.TrimEntries);
        if (items.Any(i => i.Length == 0))
        {
            throw new CliUsageException($"--universe: expected comma-separated symbols such as BTC/USDT,ETH/USDT,SOL/USDT, got an empty entry in '{value}'");
        }

        var symbols = new List<Symbol>(items.Length);
        foreach (var item in items)
        {
            var symbol = StoreCliSupport.ParseSymbol(item, "--universe");
            if (symbols.Contains(symbol))
            {
                throw new CliUsageException($"--universe: {symbol} appears more than once");
            }

            if (symbol.Quote != target.Quote)
            {
                throw new CliUsageException(
                    $"--universe: {symbol} is quoted in {symbol.Quote} but --symbol {target} in {target.Quote}; every member must share one quote so their returns are comparable");
            }

            symbols.Add(symbol);
        }

        if (symbols.All(s => s == target))
        {
            throw new CliUsageException($"--universe: expected at least one symbol besides --symbol {target}, got '{value}'");
        }

        return symbols;
    }

    /// <summary>Aligning members on close times needs a fixed bar length (a month varies).</summary>
    public static void RequireFixed(Timeframe timeframe)
    {
        if (!timeframe.IsFixed)
        {
            throw new CliUsageException($"--universe: aligning a cross-section needs a fixed-length timeframe (1m .. 1w), got {timeframe}");
        }
    }

    /// <summary>The cross set needs BTC in the panel (as the target or a member).</summary>
    public static void RequireBenchmark(IReadOnlyList<Symbol> universe, Symbol target)
    {
        if (!string.Equals(target.Base, Benchmark, StringComparison.OrdinalIgnoreCase)
            && !universe.Any(s => string.Equals(s.Base, Benchmark, StringComparison.OrdinalIgnoreCase)))
        {
            throw new CliUsageException(
                $"--universe: the cross set measures correlation, beta and lead-lag against {Benchmark}, so the universe must include {Benchmark}/{target.Quote}; got {string.Join(',', universe)}");
        }
    }

    /// <summary>Loads every member except the target from <paramref name="source"/> (a folder) or the store.</summary>
    public static async Task<IReadOnlyList<CandleSeries>> LoadAsync(IReadOnlyList<Symbol> universe, CandleSeries target, string? source, string db,
        TimeProvider time, CancellationToken ct)
    {
        var members = universe.Where(s => s != target.Symbol).ToArray();
        var result = new List<CandleSeries>(members.Length);
        if (source is not null)
        {
            if (!Directory.Exists(source))
            {
                throw new CliUsageException(
                    $"--universe: needs --source to be a folder of BASE_QUOTE-TF.csv[.gz] files (or the store via --db), got the file {Path.GetFullPath(source)}");
            }

            foreach (var symbol in members)
            {
                var file = SourceCandleLoader.TryResolveInFolder(source, symbol, target.Timeframe)
                    ?? throw new CliUsageException(
                        $"--universe: {symbol} not found: no {symbol.ToFileToken()}-{target.Timeframe.Code}.csv.gz or .csv in {Path.GetFullPath(source)}");
                result.Add(SourceCandleLoader.Load(file, target.Exchange, symbol, target.Timeframe));
            }

            return result;
        }

        using var store = StoreCliSupport.OpenExisting(db, time);
        foreach (var symbol in members)
        {
            var series = await store.LoadAsync(target.Exchange, symbol, target.Timeframe, null, null, ct);
            if (series.Count == 0)
            {
                throw new CliUsageException($"--universe: {symbol} not found: no {target.Exchange} {symbol} {target.Timeframe} bars in {store.Path}");
            }

            result.Add(series);
        }

        return result;
    }
}
