using System.Diagnostics;
using System.Globalization;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Import;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Benchmarks.Storage;

/// <summary>
/// The store's import and load throughput in one short run (Stopwatch and process CPU, load average printed), split into
/// stages: gunzip + parse of all Binance 1h files, the SQLite insert alone (<see cref="SqliteMarketStore.Import"/> of the
/// parsed series), the whole <see cref="CandleImporter"/> (both, pipelined), and loads of every series (best of N).
/// usage: store-speed [runs] [source-folder]
/// </summary>
internal static class StoreSpeed
{
    public static int Run(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        var source = args.Length > 1 ? args[1] : SharedDatasets.PathOf("candles", "binance_spot_1h");
        var folder = Path.Combine(Path.GetTempPath(), "cst-store-speed", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            Console.WriteLine($"cores {Environment.ProcessorCount}, .NET {Environment.Version}, load {Load()}");
            var files = CandleImporter.ListFiles(source);
            for (var k = 0; k < runs; k++)
            {
                var parsed = new List<CandleSeries>();
                Measure("parse (gunzip + CSV)", () =>
                {
                    foreach (var f in files)
                    {
                        var target = DatasetFileNames.Infer(f, null, out _, out _)!;
                        var (data, _) = GzipFile.ReadAsync(f, CancellationToken.None).GetAwaiter().GetResult();
                        parsed.Add(CandleCsvParser.Parse(data.Span, f, target, out _)!.Series);
                    }

                    return parsed.Sum(s => s.Count);
                });

                using (var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = Path.Combine(folder, $"insert-{k}.db") }))
                {
                    Measure("insert only (SqliteMarketStore.Import)", () => parsed.Sum(s => store.Import(s).Inserted));
                }

                using (var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = Path.Combine(folder, $"import-{k}.db") }))
                {
                    Measure("import (CandleImporter: files -> store)", () => new CandleImporter(store).ImportAsync(source).GetAwaiter().GetResult().Inserted);
                }
            }

            using var loaded = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = Path.Combine(folder, "import-0.db") });
            var series = loaded.ListSeries();
            for (var k = 0; k < runs; k++)
            {
                Measure("load (all series)", () => series.Sum(s => loaded.Load(s.Exchange, s.Symbol, s.Timeframe).Count));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    private static void Measure(string name, Func<long> run)
    {
        var p = Process.GetCurrentProcess();
        GC.Collect();
        p.Refresh();
        var cpu0 = p.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var rows = run();
        var wall = sw.Elapsed.TotalSeconds;
        p.Refresh();
        var cpu = (p.TotalProcessorTime - cpu0).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {rows:N0} rows, wall {wall:F3} s = {rows / wall / 1e6:F2} M rows/s; CPU {cpu:F3} s = {rows / cpu / 1e6:F2} M rows per CPU-s; load {Load()}"));
    }

    private static string Load() => File.ReadAllText("/proc/loadavg").Trim();
}
