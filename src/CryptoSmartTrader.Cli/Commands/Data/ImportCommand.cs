using System.CommandLine;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Data.Import;
using Spectre.Console;

namespace CryptoSmartTrader.Cli.Commands.Data;

/// <summary><c>cst data import</c>: CSV / CSV.gz candle files into the store, one all-or-nothing transaction per file.</summary>
internal static class ImportCommand
{
    private sealed record FileJson(string Path, string Status, string? Exchange, string? Symbol, string? Timeframe, int Rows, int Inserted, int Unchanged,
        int IdenticalDuplicateLines, string? Reason);

    private sealed record SummaryJson(int Files, int Imported, int Rejected, int Skipped, long Rows, long Inserted, long Unchanged, IReadOnlyList<FileJson> Results);

    public static Command Create(CliContext context)
    {
        var source = new Option<string>("--source") { Description = "A .csv/.csv.gz file or a folder of them (e.g. ../shared/datasets/candles)", Required = true };
        var exchange = new Option<string?>("--exchange") { Description = "Venue of the files, overriding the one read from folder names (binance_spot_1h → binance)" };
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("import",
            "Import candle files (timestamp_ms,open,high,low,close,volume; bar open times in UTC ms). A file with any invalid row is rejected " +
            "with file:line: reason and nothing from it is stored; identical re-imports store nothing; stored bars are never overwritten. " +
            "Exit 1 when any file is rejected.\n\nExamples:\n  cst data import --source ../shared/datasets/candles\n" +
            "  cst data import --source other/BTCUSD-1d.csv.gz --exchange bitstamp --json")
        {
            source, exchange, db, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var venue = StoreCliSupport.ParseExchange(parse.GetValue(exchange));
            var path = parse.GetValue(source)!;
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new CliUsageException($"--source: not found: {Path.GetFullPath(path)} (expected a .csv/.csv.gz file or a folder of them)");
            }

            using var store = StoreCliSupport.Open(parse.GetValue(db)!, context.Time);
            var importer = new CandleImporter(store);
            var summary = await RunWithProgressAsync(context, importer, path, venue, ct);
            if (parse.GetValue(json))
            {
                await JsonOutput.WriteAsync(context.Out, ToJson(summary));
            }
            else
            {
                await WriteTextAsync(context.Out, summary);
            }

            return summary.RejectedFiles > 0
                ? throw new CliFailureException($"{summary.RejectedFiles} of {summary.FileCount} files rejected; nothing from them was stored")
                : CliApp.Success;
        });
        return command;
    }

    private static async Task<ImportSummary> RunWithProgressAsync(CliContext context, CandleImporter importer, string path, Core.Markets.Exchange? venue, CancellationToken ct)
    {
        var interactive = ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected;
        if (!interactive)
        {
            // Redirected stderr (logs, tests): one line per file instead of a redrawn bar.
            return await importer.ImportAsync(path, venue, new SynchronousProgress(context), ct);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
        ImportSummary? result = null;
        await console.Progress().AutoClear(false).StartAsync(async progress =>
        {
            var task = progress.AddTask("importing", maxValue: Math.Max(1, CandleImporter.ListFiles(path).Count));
            result = await importer.ImportAsync(path, venue, new SpectreProgress(task), ct);
        });
        return result!;
    }

    private static async Task WriteTextAsync(TextWriter output, ImportSummary summary)
    {
        foreach (var f in summary.Files)
        {
            var series = f.Exchange is null ? "" : $"{f.Exchange} {f.Symbol} {f.Timeframe} ";
            await output.WriteLineAsync(f.Status switch
            {
                FileImportStatus.Imported => $"imported {series}{f.Rows} rows ({f.Inserted} new, {f.Unchanged} unchanged) from {f.Path}",
                FileImportStatus.Rejected => $"REJECTED {f.Reason}",
                _ => $"skipped  {f.Reason}",
            });
        }

        await output.WriteLineAsync($"{summary.FileCount} files: {summary.ImportedFiles} imported, {summary.RejectedFiles} rejected, {summary.SkippedFiles} skipped; " +
                                    $"{summary.Rows} rows, {summary.Inserted} new, {summary.Unchanged} unchanged");
    }

    private static SummaryJson ToJson(ImportSummary s) => new(s.FileCount, s.ImportedFiles, s.RejectedFiles, s.SkippedFiles, s.Rows, s.Inserted, s.Unchanged,
        s.Files.Select(f => new FileJson(f.Path, f.Status.ToString().ToLowerInvariant(), f.Exchange?.Id, f.Symbol?.ToString(), f.Timeframe?.Code, f.Rows,
            f.Inserted, f.Unchanged, f.IdenticalDuplicateLines, f.Reason)).ToList());

    private sealed class SynchronousProgress(CliContext context) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress p) =>
            context.Error.WriteLine($"[{p.FilesDone}/{p.FileCount}] {p.Latest.Status.ToString().ToLowerInvariant()} {p.Latest.Path}");
    }

    private sealed class SpectreProgress(ProgressTask task) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress p)
        {
            task.Description = $"{p.FilesDone}/{p.FileCount} {Markup.Escape(Path.GetFileName(p.Latest.Path))}";
            task.Value = p.FilesDone;
        }
    }
}
