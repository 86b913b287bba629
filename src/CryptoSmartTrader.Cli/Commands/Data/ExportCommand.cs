using System.CommandLine;
using System.Globalization;
using System.Text;
using CryptoSmartTrader.Cli.Common;

namespace CryptoSmartTrader.Cli.Commands.Data;

/// <summary><c>cst data export</c>: one stored series to CSV with open and close times.</summary>
internal static class ExportCommand
{
    private sealed record ExportJson(string Exchange, string Symbol, string Timeframe, int Rows, string Path);

    public static Command Create(CliContext context)
    {
        var exchange = new Option<string>("--exchange") { Description = "Venue id (binance, kraken, …)", Required = true };
        var symbol = new Option<string>("--symbol") { Description = "Pair, e.g. BTC/USDT", Required = true };
        var timeframe = new Option<string>("--timeframe") { Description = "Timeframe, e.g. 1h", Required = true };
        var output = new Option<string>("--out") { Description = "CSV file to write (open_time_ms,close_time_ms,open,high,low,close,volume)", Required = true };
        var from = CommonOptions.Time("--from", "First bar open time to include");
        var to = CommonOptions.Time("--to", "Bars opening before this time");
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("export",
            "Export one stored series as CSV: open_time_ms,close_time_ms,open,high,low,close,volume (UTC ms, shortest round-trip numbers).\n\n" +
            "Example:\n  cst data export --exchange binance --symbol BTC/USDT --timeframe 1h --out btc_1h.csv")
        {
            exchange, symbol, timeframe, output, from, to, db, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var venue = StoreCliSupport.ParseExchange(parse.GetValue(exchange))!.Value;
            var pair = StoreCliSupport.ParseSymbol(parse.GetValue(symbol)!);
            var tf = StoreCliSupport.ParseTimeframe(parse.GetValue(timeframe))!.Value;
            var path = parse.GetValue(output)!;
            StoreCliSupport.RequireRange(parse.GetValue(from), parse.GetValue(to), "--from", "--to");
            using var store = StoreCliSupport.OpenExisting(parse.GetValue(db)!, context.Time);
            var series = await store.LoadAsync(venue, pair, tf, parse.GetValue(from), parse.GetValue(to), ct);
            if (series.IsEmpty)
            {
                throw new CliFailureException($"no {venue} {pair} {tf} bars stored in {store.Path} for the requested range");
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)))
            {
                await writer.WriteAsync("open_time_ms,close_time_ms,open,high,low,close,volume\n");
                var line = new StringBuilder(96);
                for (var i = 0; i < series.Count; i++)
                {
                    line.Clear().Append(CultureInfo.InvariantCulture, $"{series.OpenTimeMs[i]},{series.CloseTimeMs[i]},{series.Open[i]:R},{series.High[i]:R},")
                        .Append(CultureInfo.InvariantCulture, $"{series.Low[i]:R},{series.Close[i]:R},{series.Volume[i]:R}\n");
                    await writer.WriteAsync(line, ct);
                }
            }

            if (parse.GetValue(json))
            {
                await JsonOutput.WriteAsync(context.Out, new ExportJson(venue.Id, pair.ToString(), tf.Code, series.Count, Path.GetFullPath(path)));
            }
            else
            {
                await context.Out.WriteLineAsync($"wrote {series.Count} {venue} {pair} {tf} bars to {path}");
            }

            return CliApp.Success;
        });
        return command;
    }
}
