using System.CommandLine;
using System.Globalization;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Markets;
using Symbol = CryptoSmartTrader.Core.Markets.Symbol;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Data.Datasets;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Registry;

namespace CryptoSmartTrader.Cli.Commands.Models;

/// <summary>Options and loading shared by train, evaluate, predict and models.</summary>
internal static class ModelsCliSupport
{
    public const string DefaultModelsDir = "data/models";

    /// <summary>Bars loaded before the requested window so indicators and the 30d lag return are defined at its start.</summary>
    public static readonly TimeSpan WarmUp = TimeSpan.FromDays(60);

    public static Option<string> ModelsDir() => new("--models-dir")
    {
        Description = $"Model registry folder (default {DefaultModelsDir})",
        DefaultValueFactory = _ => DefaultModelsDir,
    };

    public static Option<string?> Source() => new("--source")
    {
        Description = "Read candles from CSV files BASE_QUOTE-TF.csv[.gz] (timestamp_ms,open,high,low,close,volume) in this folder instead of the store",
    };

    public static Option<string> Exchange() => new("--exchange") { Description = "Exchange id (default binance)", DefaultValueFactory = _ => "binance" };

    public static Option<string> Timeframe() => new("--timeframe") { Description = "Candle timeframe (default 1h)", DefaultValueFactory = _ => "1h" };

    public static Option<string> Features() => new("--features") { Description = "Feature set name (default ta; see cst features; derivatives reads the perpetual history from --db)", DefaultValueFactory = _ => "ta" };

    public static Option<string> Name(string description) => new("--model") { Description = description, Required = true };

    public static Exchange ParseExchange(string value) =>
        Data.StoreCliSupport.ParseExchange(value)!.Value;

    public static Timeframe ParseTimeframe(string value) =>
        CryptoSmartTrader.Core.Markets.Timeframe.TryParse(value, out var tf) && tf.IsFixed ? tf : throw new CliUsageException($"--timeframe: expected a fixed timeframe such as 1h, got '{value}'");

    public static IReadOnlyList<Symbol> ParseSymbols(string value)
    {
        var result = new List<Symbol>();
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            result.Add(Symbol.TryParse(part, out var s, out var error) ? s : throw new CliUsageException($"--symbols: {error}"));
        }

        return result.Count > 0 ? result.Distinct().ToArray() : throw new CliUsageException("--symbols: expected a comma-separated list such as BTC/USDT,ETH/USDT");
    }

    public static IReadOnlyList<Horizon> ParseHorizons(string value)
    {
        try
        {
            var list = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Horizon.Parse).Distinct().ToArray();
            return list.Length > 0 ? list : throw new CliUsageException("--horizons: expected e.g. 1h,24h,7d,30d");
        }
        catch (FormatException ex)
        {
            throw new CliUsageException($"--horizons: {ex.Message}");
        }
    }

    /// <summary>
    /// The named sets; <c>derivatives</c> reads each series' perpetual history from <paramref name="db"/> (NaN columns for a pair
    /// without one, and the rows a model cannot use are the not-ready ones).
    /// </summary>
    public static (IReadOnlyList<IFeatureSet> Sets, FeatureSetDescriptor Descriptor) ResolveFeatures(string name, string db, CliContext context)
    {
        // The one registry every host builds on its store (the bot, the backtest, the notebooks), so the columns match.
        var resolved = FeatureSetCatalog.Resolve(name, Research.Session.StoreFeatureSets.Create(db, context.Time));
        return resolved.Ok ? (resolved.Value!.Sets, resolved.Value.Descriptor) : throw new CliUsageException($"--features: {resolved.Error}");
    }

    public static ModelRegistry Registry(string dir, CliContext context) => new(dir, context.Time);

    /// <summary>The model's bundle, loaded against the current code's feature set (a mismatch is exit 1 naming it), and those sets.</summary>
    public static (IReadOnlyList<IFeatureSet> Sets, ModelBundle Bundle) LoadModel(string modelName, string featureSet, string modelsDir, string db, CliContext context)
    {
        var (sets, descriptor) = ResolveFeatures(featureSet, db, context);
        var loaded = Registry(modelsDir, context).Load(modelName, descriptor);
        return loaded.Ok ? (sets, loaded.Value!) : throw new CliFailureException(loaded.Error!);
    }

    /// <summary>Candles with open time in [from, to), from the store or a CSV folder; a symbol with no bars is an error.</summary>
    public static IReadOnlyList<CandleSeries> LoadCandles(Exchange exchange, IReadOnlyList<Symbol> symbols, Timeframe timeframe,
        DateTimeOffset? from, DateTimeOffset? to, string db, string? source, CliContext context)
    {
        var result = new List<CandleSeries>();
        if (source is null)
        {
            if (!File.Exists(db))
            {
                throw new CliFailureException($"store {db} not found; import candles with 'cst data import' or pass --source DIR");
            }

            using var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = db }, context.Time);
            foreach (var s in symbols)
            {
                result.Add(store.Load(exchange, s, timeframe, from, to));
            }
        }
        else
        {
            foreach (var s in symbols)
            {
                result.Add(ReadCsv(source, exchange, s, timeframe, from, to));
            }
        }

        foreach (var series in result)
        {
            if (series.IsEmpty)
            {
                throw new CliFailureException($"no {timeframe} candles for {exchange} {series.Symbol} between {from:yyyy-MM-dd} and {to:yyyy-MM-dd}");
            }
        }

        return result;
    }

    private static CandleSeries ReadCsv(string folder, Exchange exchange, Symbol symbol, Timeframe timeframe, DateTimeOffset? from, DateTimeOffset? to)
    {
        var path = DatasetLocator.FindCandleFile(folder, exchange, symbol, timeframe)
            ?? throw new CliFailureException($"--source: no candle file for {symbol} {timeframe} ({Path.Combine(folder, $"{symbol.ToFileToken()}-{timeframe.Code}.csv")}[.gz])");
        var read = CandleCsv.Read(path, exchange, symbol, timeframe);
        var series = read.Series ?? throw new CliFailureException(read.Error!);
        var lo = from?.ToUnixTimeMilliseconds() ?? long.MinValue;
        var hi = to?.ToUnixTimeMilliseconds() ?? long.MaxValue;
        var open = series.OpenTimeMs;
        var start = 0;
        while (start < open.Length && open[start] < lo) start++;
        var end = start;
        while (end < open.Length && open[end] < hi) end++;
        return series.Slice(start, end - start);
    }
}
