using BenchmarkDotNet.Attributes;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Training;

namespace CryptoSmartTrader.Benchmarks.Models;

/// <summary>
/// Inference for a 1,457-symbol universe × 4 horizons with features precomputed: one batch per horizon through
/// XGBoost (2 threads), isotonic calibration, confidence and conformal intervals.
/// </summary>
[MemoryDiagnoser]
public class ModelInferenceBenchmarks
{
    private const int Symbols = 1457;
    private const int Features = 100;
    private HorizonModel[] _models = [];
    private FeatureRows _rows;

    [GlobalSetup]
    public void Setup()
    {
        _models = Horizon.Standard.Select((h, i) => ModelBenchmarkData.Model(h, Features, threads: 2, seed: i + 1)).ToArray();
        _rows = ModelBenchmarkData.Rows(Symbols, Features, 99).X;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var m in _models)
        {
            m.Dispose();
        }
    }

    [Benchmark(Description = "1457 symbols x 4 horizons")]
    public double ScoreUniverse()
    {
        var sum = 0.0;
        foreach (var m in _models)
        {
            sum += m.Score(_rows).Confidence[0];
        }

        return sum;
    }
}
