using BenchmarkDotNet.Attributes;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Training;

namespace CryptoSmartTrader.Benchmarks.Models;

/// <summary>
/// Inference for a 1,457-symbol universe × 4 horizons with features precomputed, through <see cref="HorizonModel.Predict"/>
/// as <c>cst predict</c> calls it: one batch per horizon through XGBoost (2 threads), isotonic calibration, confidence,
/// conformal intervals and one Core Prediction per symbol. Synthetic rows (TestKit SyntheticTabular), 100 features.
/// </summary>
[MemoryDiagnoser]
public class ModelInferenceBenchmarks
{
    private const int Symbols = 1457;
    private const int Features = 100;
    private HorizonModel[] _models = [];
    private FeatureRows _rows;
    private Symbol[] _symbols = [];
    private DateTimeOffset[] _asOf = [];
    private TimeSpan _cpuAtStart;
    private int _calls;

    [GlobalSetup]
    public void Setup()
    {
        // One model is trained and reloaded per horizon from its saved JSON (as the registry does), which keeps the
        // setup inside the in-process toolchain's time limit on the shared machine; the trees are the same size.
        using var trained = ModelBenchmarkData.Model(Horizon.H1, Features, threads: 2, seed: 1);
        var saved = trained.Save();
        _models = Horizon.Standard.Select(h =>
        {
            saved["horizon"] = h.Code;
            return HorizonModel.Load((System.Text.Json.Nodes.JsonObject)System.Text.Json.Nodes.JsonNode.Parse(saved.ToJsonString())!);
        }).ToArray();
        _rows = ModelBenchmarkData.Rows(Symbols, Features, 99).X;
        _symbols = Enumerable.Range(0, Symbols).Select(i => new Symbol($"SYN{i}", "USDT")).ToArray();
        _asOf = Enumerable.Repeat(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero), Symbols).ToArray();
        _cpuAtStart = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        // Wall time on the shared 2-core machine depends on its load; process CPU time per call (all threads) much less so.
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart;
        Console.WriteLine(FormattableString.Invariant($"// models-inference: {_calls} calls, process CPU time per call {cpu.TotalMilliseconds / Math.Max(1, _calls):0.0} ms"));
        foreach (var m in _models)
        {
            m.Dispose();
        }
    }

    [Benchmark(Description = "1457 symbols x 4 horizons (Predict)")]
    public int PredictUniverse()
    {
        _calls++;
        var count = 0;
        foreach (var m in _models)
        {
            count += m.Predict(_rows, _symbols, _asOf, "bench", "1").Count;
        }

        return count;
    }
}
