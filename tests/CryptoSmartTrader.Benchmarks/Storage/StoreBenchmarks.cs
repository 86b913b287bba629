using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Import;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Benchmarks.Storage;

/// <summary>
/// Import (gunzip + parse + validate + insert, one transaction per file) and load (range scan into CandleSeries columns) of all
/// 17 Binance hourly files (899,802 candles). Each benchmark is one candle per operation, so Mean is ns per candle and
/// Allocated is bytes per candle (× 10^6 = bytes per million candles). Because the shared 2-core machine is often heavily
/// oversubscribed, the process CPU time spent in each benchmark is also summed and printed at cleanup ("cpu-time throughput"),
/// which approximates the throughput on an idle machine.
/// </summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private const int Candles = 899_802;
    private string _folder = "";
    private string _source = "";
    private SqliteMarketStore? _loaded;
    private SqliteMarketStore? _importing;
    private IReadOnlyList<CandleSeriesInfo> _series = [];
    private readonly Dictionary<string, (long Rows, TimeSpan Cpu)> _cpu = [];

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "cst-bench-store", Guid.NewGuid().ToString("N"));
        _source = SharedDatasets.PathOf("candles", "binance_spot_1h");
        _loaded = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = Path.Combine(_folder, "loaded.db") });
        var summary = new CandleImporter(_loaded).ImportAsync(_source).GetAwaiter().GetResult();
        if (summary.Inserted != Candles)
        {
            throw new InvalidOperationException($"expected {Candles} candles, imported {summary.Inserted}");
        }

        _series = _loaded.ListSeries();
    }

    [IterationSetup(Target = nameof(Import))]
    public void FreshStore()
    {
        _importing?.Dispose();
        var path = Path.Combine(_folder, $"import-{Guid.NewGuid():N}.db");
        _importing = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = path });
    }

    [Benchmark(OperationsPerInvoke = Candles)]
    public long Import()
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var n = new CandleImporter(_importing!).ImportAsync(_source).GetAwaiter().GetResult().Inserted;
        Account(nameof(Import), n, cpu);
        return n;
    }

    [Benchmark(OperationsPerInvoke = Candles)]
    public long Load()
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long n = 0;
        foreach (var s in _series)
        {
            n += _loaded!.Load(s.Exchange, s.Symbol, s.Timeframe).Count;
        }

        Account(nameof(Load), n, cpu);
        return n;
    }

    private void Account(string name, long rows, TimeSpan cpuBefore)
    {
        var (r, c) = _cpu.GetValueOrDefault(name);
        _cpu[name] = (r + rows, c + (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var (name, (rows, cpu)) in _cpu)
        {
            Console.WriteLine($"// cpu-time throughput {name}: {rows:N0} candles in {cpu.TotalSeconds:0.000} s CPU = {rows / cpu.TotalSeconds:N0} candles/s");
        }

        _importing?.Dispose();
        _loaded?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
