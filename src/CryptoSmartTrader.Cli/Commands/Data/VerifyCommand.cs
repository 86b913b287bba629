using System.CommandLine;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Data.Quality;

namespace CryptoSmartTrader.Cli.Commands.Data;

/// <summary><c>cst data verify</c>: the integrity report of every stored series (gaps, duplicates, invalid rows, staleness, outliers, score).</summary>
internal static class VerifyCommand
{
    public static Command Create(CliContext context)
    {
        var exchange = new Option<string?>("--exchange") { Description = "Only series of this venue" };
        var symbols = new Option<string?>("--symbols") { Description = "Only these pairs, comma-separated (BTC/USDT,ETH/USDT)" };
        var timeframe = new Option<string?>("--timeframe") { Description = "Only this timeframe (1m, 5m, 1h, 1d, …)" };
        var reference = new Option<string?>("--reference") { Description = "Compare closes with the same pair and timeframe stored for this venue" };
        var asOf = CommonOptions.Time("--as-of", "Judge staleness and known bars at this time instead of now");
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var kind = new Option<string?>("--kind") { Description = $"Which stored data: {DerivativesCliSupport.Kinds} (default candles)" };
        var command = new Command("verify",
            "Check stored candles: rows, first/last open, gaps and missing bars (reported, never filled), duplicates, invalid rows, staleness, " +
            "price outliers (robust z of returns and ranges), cross-venue deviation, score and tradable with reasons.\n\nExamples:\n" +
            "  cst data verify --json\n  cst data verify --exchange binance --symbols BTC/USDT,ETH/USDT --timeframe 1h\n" +
            "  cst data verify --timeframe 1d --reference kraken --as-of 2021-04-01\n  cst data verify --kind funding --exchange binance")
        {
            exchange, symbols, timeframe, reference, asOf, db, json, kind,
        };
        command.SetAction(async (parse, ct) =>
        {
            var venue = StoreCliSupport.ParseExchange(parse.GetValue(exchange));
            var refVenue = StoreCliSupport.ParseExchange(parse.GetValue(reference), "--reference");
            var tf = StoreCliSupport.ParseTimeframe(parse.GetValue(timeframe));
            var wanted = parse.GetValue(symbols)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => StoreCliSupport.ParseSymbol(s, "--symbols")).ToHashSet();
            var when = parse.GetValue(asOf) ?? context.Time.GetUtcNow();
            var options = new DataQualityOptions();

            var derivatives = DerivativesCliSupport.ParseKind(parse.GetValue(kind));
            using var store = StoreCliSupport.OpenExisting(parse.GetValue(db)!, context.Time);
            if (derivatives is { } k)
            {
                return await DerivativesVerify.RunAsync(context, store, venue, wanted, k, tf, parse.GetValue(json));
            }

            var series = (await store.ListSeriesAsync(ct))
                .Where(s => (venue is null || s.Exchange == venue) && (tf is null || s.Timeframe == tf) && (wanted is null || wanted.Contains(s.Symbol)))
                .ToList();
            if (series.Count == 0)
            {
                throw new CliFailureException($"no stored series match (store {store.Path}); list what is stored with: cst data verify");
            }

            var reports = new List<VerifyReport>();
            foreach (var info in series)
            {
                var candles = await store.LoadAsync(info.Exchange, info.Symbol, info.Timeframe, cancellationToken: ct);
                var other = refVenue is { } r && r != info.Exchange ? await store.LoadAsync(r, info.Symbol, info.Timeframe, cancellationToken: ct) : null;
                reports.Add(VerifyReport.From(DataQuality.Analyze(candles, when, options, other is { IsEmpty: false } ? other : null)));
            }

            if (parse.GetValue(json))
            {
                await JsonOutput.WriteAsync(context.Out, reports);
            }
            else
            {
                foreach (var r in reports)
                {
                    await context.Out.WriteLineAsync(
                        $"{(r.Tradable ? "ok  " : "FAIL")} {r.Exchange} {r.Symbol} {r.Timeframe}: {r.Rows} rows {StoreCliSupport.Iso(r.FirstOpen)} .. {StoreCliSupport.Iso(r.LastOpen)}, " +
                        $"{r.GapCount} gaps / {r.MissingBars} missing, {r.Duplicates} duplicates, {r.Invalid} invalid, stale {r.Stale.ToString().ToLowerInvariant()}, " +
                        $"{r.ReturnOutliers + r.RangeOutliers} outliers, score {r.Score:0.000}");
                    foreach (var reason in r.Reasons)
                    {
                        await context.Out.WriteLineAsync($"     - {reason}");
                    }
                }
            }

            return CliApp.Success;
        });
        return command;
    }
}
