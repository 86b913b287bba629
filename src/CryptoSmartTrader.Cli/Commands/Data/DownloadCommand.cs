using System.CommandLine;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Storage;
using Spectre.Console;

namespace CryptoSmartTrader.Cli.Commands.Data;

/// <summary>
/// <c>cst data download</c>: fetches closed candles from an exchange into the store, resuming after the newest stored bar.
/// Works in chunks of <see cref="ChunkBars"/> bars so an interrupted download keeps what it already stored.
/// </summary>
internal static class DownloadCommand
{
    internal const int ChunkBars = 1000;

    public static Command Create(CliContext context)
    {
        var exchange = new Option<string>("--exchange") { Description = "kraken, binance, kucoin or htx", Required = true };
        var symbols = new Option<string>("--symbols") { Description = "Comma-separated pairs, e.g. BTC/USDT,ETH/USDT", Required = true };
        var timeframe = new Option<string>("--timeframe") { Description = "Candle timeframe (1m … 1d)", DefaultValueFactory = _ => "1h" };
        var since = CommonOptions.Time("--since", "First open time to fetch when the store has nothing newer");
        since.Required = true;
        var until = CommonOptions.Time("--until", "Exclusive end (default: now)");
        var baseUrl = CommonOptions.BaseUrl();
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var kind = new Option<string>("--kind")
        {
            Description = $"What to download: {DerivativesCliSupport.Kinds} (derivatives use the linear perpetual; --timeframe is their period)",
            DefaultValueFactory = _ => "candles",
        };
        var command = new Command("download",
            "Download closed candles from an exchange into the store (resumes where the store ends).\n\nExample:\n" +
            "  cst data download --exchange binance --symbols BTC/USDT,ETH/USDT --timeframe 1h --since 2024-01-01\n" +
            "  cst data download --kind funding --exchange binance --symbols BTC/USDT --since 2024-01-01\n" +
            "  cst data download --kind open-interest --exchange binance --symbols BTC/USDT --timeframe 1h --since 2024-01-01")
        {
            exchange, symbols, timeframe, since, until, baseUrl, db, json, kind,
        };
        command.SetAction(async (parse, ct) =>
        {
            var request = new DownloadRequest(
                ExchangeCliSupport.ParseExchange(parse.GetValue(exchange)!),
                ExchangeCliSupport.ParseSymbols(parse.GetValue(symbols)!),
                Timeframe.TryParse(parse.GetValue(timeframe), out var tf) && tf.IsFixed ? tf
                    : throw new CliUsageException($"--timeframe: expected a fixed timeframe such as 1m, 5m, 1h or 1d, got '{parse.GetValue(timeframe)}'"),
                parse.GetValue(since)!.Value,
                parse.GetValue(until));
            StoreCliSupport.RequireRange(request.Since, request.Until ?? context.Time.GetUtcNow(), "--since", request.Until is null ? "now (--until)" : "--until");
            if (DerivativesCliSupport.ParseKind(parse.GetValue(kind)) is { } derivatives)
            {
                return await DownloadDerivativesAsync(context, request, derivatives, parse.GetValue(baseUrl), parse.GetValue(db)!, parse.GetValue(json), ct);
            }

            var client = ExchangeCliSupport.CreateClient(request.Exchange, parse.GetValue(baseUrl), context.Time);
            using var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = parse.GetValue(db)! }, context.Time);
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
            var results = new List<DownloadResult>();
            await console.Progress().AutoClear(false).StartAsync(async progress =>
            {
                foreach (var symbol in request.Symbols)
                {
                    var task = progress.AddTask($"{request.Exchange} {symbol} {request.Timeframe}");
                    results.Add(await new SymbolDownloader(client, store, request, context.Time).RunAsync(symbol, task, ct));
                    task.Value = task.MaxValue;
                }
            });

            if (parse.GetValue(json))
            {
                await JsonOutput.WriteAsync(context.Out, new
                {
                    exchange = request.Exchange.Id,
                    timeframe = request.Timeframe.Code,
                    series = results,
                });
            }
            else
            {
                foreach (var r in results)
                {
                    await context.Out.WriteLineAsync(
                        $"{request.Exchange} {r.Symbol} {request.Timeframe}: fetched {r.Fetched}, inserted {r.Inserted}, unchanged {r.Unchanged}" +
                        (r.LastOpen is { } l ? $", store now ends at {l:yyyy-MM-dd'T'HH:mm'Z'}" : ", nothing stored"));
                }
            }

            return CliApp.Success;
        });
        return command;
    }

    private static async Task<int> DownloadDerivativesAsync(CliContext context, DownloadRequest request, DerivativesKind kind, string? baseUrl, string db,
        bool json, CancellationToken ct)
    {
        var client = DerivativesCliSupport.CreateClient(request.Exchange, baseUrl, context.Time);
        using var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = db }, context.Time);
        var downloader = new DerivativesDownloader(client, store.Derivatives, context.Time);
        var results = new List<DerivativesDownloadResult>();
        foreach (var symbol in request.Symbols)
        {
            results.Add(await downloader.RunAsync(DerivativesCliSupport.Key(request.Exchange, symbol, kind, request.Timeframe), request.Since, request.Until, ct));
        }

        if (json)
        {
            await JsonOutput.WriteAsync(context.Out, new { exchange = request.Exchange.Id, series = results });
            return CliApp.Success;
        }

        foreach (var r in results)
        {
            await context.Out.WriteLineAsync(
                $"{request.Exchange} {r.Symbol} {r.Kind} {r.Interval}: fetched {r.Fetched}, inserted {r.Inserted}, unchanged {r.Unchanged}" +
                (r.LastKnown is { } l ? $", store now ends at {l:yyyy-MM-dd'T'HH:mm'Z'}" : ", nothing stored"));
        }

        return CliApp.Success;
    }
}
