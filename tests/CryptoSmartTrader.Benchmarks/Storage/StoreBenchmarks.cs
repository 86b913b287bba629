using BenchmarkDotNet.Attributes;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Import;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Benchmarks.Storage;

/// <summary>
/// Import (gunzip + parse + validate + insert, one transaction per file) and load (range scan into CandleSeries columns) of all
/// 17 Binance hourly files (899,802 candles). Each benchmark is one candle per operation, so Mean is ns per candle and
/// Allocated is bytes per candle (× 10^6 = bytes per million candles).
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
    public long Import() => new CandleImporter(_importing!).ImportAsync(_source).GetAwaiter().GetResult().Inserted;

    [Benchmark(OperationsPerInvoke = Candles)]
    public long Load()
    {
        long n = 0;
        foreach (var s in _series)
        {
            n += _loaded!.Load(s.Exchange, s.Symbol, s.Timeframe).Count;
        }

        return n;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _importing?.Dispose();
        _loaded?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
