using System.Diagnostics;
using System.Globalization;
using CryptoSmartTrader.Models.Predictors;

namespace CryptoSmartTrader.Benchmarks.Models;

/// <summary>
/// Wall time and peak memory of training on 500,000 rows × 100 features (one run each: a BenchmarkDotNet loop
/// would take hours on the 2-core machine). Usage: <c>… -- models-training [rows] [cols]</c>.
/// </summary>
internal static class ModelTrainingMeasurement
{
    public static int Run(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500_000;
        var cols = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
        var clock = Stopwatch.StartNew();
        var data = ModelBenchmarkData.Rows(rows, cols, 1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"data {rows} x {cols}: generated in {clock.Elapsed.TotalSeconds:0.0} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"synthetic rows (TestKit SyntheticTabular), {Environment.ProcessorCount} logical cores visible"));
        Measure("xgboost defaults (200 rounds, depth 3, eta 0.05, hist, nthread 0 = all cores, both heads)", () => new XGBoostPredictor(new XGBoostParameters()).Fit(data).Dispose());
        Measure("linear (ridge + logistic IRLS)", () => new LinearPredictor().Fit(data).Dispose());
        return 0;
    }

    private static void Measure(string name, Action action)
    {
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var gc = GC.GetGCMemoryInfo(GCKind.Any);
        const double GiB = 1024.0 * 1024 * 1024;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {seconds:0.0} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:0.0} s CPU, process peak working set so far {process.PeakWorkingSet64 / GiB:0.00} GiB, " +
            $"managed allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / GiB:0.00} GiB, managed heap after last GC {gc.HeapSizeBytes / GiB:0.00} GiB"));
    }
}
