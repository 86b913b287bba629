using System.CommandLine;
using CryptoSmartTrader.Cli.Commands.Data;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.CrossCoin;
using CryptoSmartTrader.Features.CrossSection;
using CryptoSmartTrader.Features.Derivatives;
using CryptoSmartTrader.Features.Regimes;
using CryptoSmartTrader.Features.Sets;
using Symbol = CryptoSmartTrader.Core.Markets.Symbol;

namespace CryptoSmartTrader.Cli.Commands.Features;

/// <summary>
/// <c>cst features</c>: computes feature sets for one series and writes them as CSV. Features are computed over the whole
/// available history (so warm-up uses bars before <c>--from</c>) and rows are written for bars opening in [from, to).
/// Every value in a row depends only on bars closed by that row's close time.
/// </summary>
internal static class FeaturesCommand
{
    private sealed record FeaturesJson(string Exchange, string Symbol, string Timeframe, string Set, int Rows, int Columns, string Path, string Source,
        IReadOnlyList<string>? Universe);

    public static Command Create(CliContext context)
    {
        var exchange = new Option<string>("--exchange") { Description = "Venue id (binance, kraken, …)", DefaultValueFactory = _ => "binance" };
        var symbol = new Option<string>("--symbol") { Description = "Pair, e.g. BTC/USDT", Required = true };
        var timeframe = new Option<string>("--timeframe") { Description = "Timeframe, e.g. 1h", DefaultValueFactory = _ => "1h" };
        var set = new Option<string>("--set")
        {
            Description = "Feature set: ta, regime, cross, derivatives or all (default all; all includes cross only with --universe; derivatives " +
                "reads the pair's perpetual funding, open interest and mark bars from --db and is never part of all)",
            DefaultValueFactory = _ => FeatureSetRegistry.All,
        };
        var universe = new Option<string?>("--universe")
        {
            Description = "Cross-section SYM,SYM,… (same quote as --symbol, must include BTC for the cross set), loaded from the same " +
                "--db/--source; required by --set cross, and gives the regime set market breadth. No default: name the universe explicitly",
        };
        var source = new Option<string?>("--source") { Description = "Read candles from a shared-datasets folder (BASE_QUOTE-TF.csv[.gz]) or file instead of the store" };
        var output = new Option<string>("--out") { Description = "CSV file to write", Required = true };
        var from = CommonOptions.Time("--from", "First bar open time to write");
        var to = CommonOptions.Time("--to", "Write bars opening before this time");
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("features",
            "Compute point-in-time features for one series and write open_time_ms,close_time_ms,<features…> as CSV " +
            "(empty field = not ready yet). Column definitions: docs/features.md.\n\n" +
            "Examples:\n  cst features --exchange binance --symbol BTC/USDT --timeframe 1h --set ta --out btc_ta.csv\n" +
            "  cst features --symbol ETH/USDT --source ../shared/datasets/candles/binance_spot_1h --from 2024-01-01 --out eth.csv\n" +
            "  cst features --symbol ETH/USDT --set cross --universe BTC/USDT,ETH/USDT,SOL/USDT,BNB/USDT,XRP/USDT --out eth_cross.csv")
        {
            exchange, symbol, timeframe, set, universe, source, output, from, to, db, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var venue = StoreCliSupport.ParseExchange(parse.GetValue(exchange))!.Value;
            var pair = StoreCliSupport.ParseSymbol(parse.GetValue(symbol)!);
            var tf = StoreCliSupport.ParseTimeframe(parse.GetValue(timeframe))!.Value;
            var setName = parse.GetValue(set)!.Trim().ToLowerInvariant();
            var members = FeatureUniverse.Parse(parse.GetValue(universe), pair);
            var needsUniverse = SetsNeedingUniverse(setName, members, pair);
            if (members is not null && needsUniverse)
            {
                FeatureUniverse.RequireFixed(tf);
            }

            var (fromTime, toTime) = (parse.GetValue(from), parse.GetValue(to));
            if (fromTime is not null && toTime is not null && toTime <= fromTime)
            {
                throw new CliUsageException($"--to ({StoreCliSupport.Iso(toTime)}) must be after --from ({StoreCliSupport.Iso(fromTime)})");
            }

            var (series, origin) = await LoadAsync(parse.GetValue(source), parse.GetValue(db)!, venue, pair, tf, context.Time, ct);
            var (first, count) = Range(series, fromTime, toTime);
            if (count == 0)
            {
                throw new CliFailureException($"no {venue} {pair} {tf} bars open in [{StoreCliSupport.Iso(fromTime)}, {StoreCliSupport.Iso(toTime)}) in {origin}");
            }

            var registry = FeatureSetRegistry.CreateDefault();
            if (members is not null && needsUniverse)
            {
                var universeSeries = await FeatureUniverse.LoadAsync(members, series, parse.GetValue(source), parse.GetValue(db)!, context.Time, ct);
                registry = FeatureSetRegistry.CreateDefault(universeSeries);
            }
            else if (members is not null)
            {
                await context.Error.WriteLineAsync($"note: --universe is not used by --set {setName}");
            }
            else if (setName == FeatureSetRegistry.All)
            {
                await context.Error.WriteLineAsync("note: --set all without --universe leaves out the cross set (it needs --universe SYM,SYM,…)");
            }

            IReadOnlyList<IFeatureSet> sets;
            if (setName == DerivativesFeatureSet.SetName)
            {
                var inputs = DerivativesInputsLoader.Load(parse.GetValue(db)!, venue, pair, tf, context.Time);
                if (inputs is null)
                {
                    await context.Error.WriteLineAsync($"note: no {venue} {pair} perpetual data in {parse.GetValue(db)}: every derivatives column is empty " +
                                                       "(fetch it with cst data download --kind funding|open-interest|mark)");
                }

                sets = [new DerivativesFeatureSet(_ => inputs)];
            }
            else
            {
                _ = registry.TryResolve(setName, out sets, out _);
            }

            var (columns, values) = FeatureSetRegistry.Compute(sets, series);
            var path = parse.GetValue(output)!;
            await FeatureCsvWriter.WriteAsync(path, series, first, count, columns, values, ct);
            var used = members is not null && needsUniverse ? members.Select(m => m.ToString()).ToArray() : null;
            if (parse.GetValue(json))
            {
                await JsonOutput.WriteAsync(context.Out,
                    new FeaturesJson(venue.Id, pair.ToString(), tf.Code, setName, count, columns.Count, Path.GetFullPath(path), origin, used));
            }
            else
            {
                var across = used is null ? string.Empty : $" across a {used.Length}-symbol universe";
                await context.Out.WriteLineAsync($"wrote {count} rows x {columns.Count} features ({setName}){across} for {venue} {pair} {tf} to {path}");
            }

            return CliApp.Success;
        });
        return command;
    }

    private static async Task<(CandleSeries Series, string Origin)> LoadAsync(string? source, string db, Exchange venue, Symbol pair, Timeframe tf,
        TimeProvider time, CancellationToken ct)
    {
        if (source is not null)
        {
            var file = SourceCandleLoader.Resolve(source, pair, tf);
            return (SourceCandleLoader.Load(file, venue, pair, tf), file);
        }

        using var store = StoreCliSupport.OpenExisting(db, time);
        var series = await store.LoadAsync(venue, pair, tf, null, null, ct);
        return (series, store.Path);
    }

    /// <summary>
    /// Validates <c>--set</c> against every set name (cross included) and says whether the chosen sets use the universe:
    /// <c>cross</c> and <c>xsection</c> need one holding BTC; <c>regime</c> and <c>all</c> use one when given (breadth).
    /// </summary>
    private static bool SetsNeedingUniverse(string setName, IReadOnlyList<Symbol>? members, Symbol pair)
    {
        if (setName == DerivativesFeatureSet.SetName)
        {
            return false;
        }

        if (!FeatureSetRegistry.CreateDefault([]).TryResolve(setName, out var chosen, out var error))
        {
            throw new CliUsageException($"--set: {error}");
        }

        // xsection (ranks among the universe) needs a universe holding BTC as cross does; it is never part of all.
        var cross = chosen.Any(s => s is CrossCoinFeatureSet or CrossSectionalFeatureSet);
        if (cross && members is null && setName != FeatureSetRegistry.All)
        {
            throw new CliUsageException(
                $"--set {setName} needs --universe SYM,SYM,… (the cross-section, including {FeatureUniverse.Benchmark}/{pair.Quote}), e.g. --universe BTC/{pair.Quote},ETH/{pair.Quote},SOL/{pair.Quote}");
        }

        if (cross && members is not null)
        {
            FeatureUniverse.RequireBenchmark(members, pair);
        }

        return cross || chosen.Any(s => s is RegimeFeatureSet);
    }

    /// <summary>Rows whose open time lies in [from, to).</summary>
    private static (int First, int Count) Range(CandleSeries series, DateTimeOffset? from, DateTimeOffset? to)
    {
        var open = series.OpenTimeMs;
        var lo = from is null ? 0 : LowerBound(open, from.Value.ToUnixTimeMilliseconds());
        var hi = to is null ? open.Length : LowerBound(open, to.Value.ToUnixTimeMilliseconds());
        return (lo, Math.Max(0, hi - lo));
    }

    private static int LowerBound(ReadOnlySpan<long> span, long value)
    {
        int lo = 0, hi = span.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (span[mid] < value) lo = mid + 1; else hi = mid;
        }

        return lo;
    }
}
