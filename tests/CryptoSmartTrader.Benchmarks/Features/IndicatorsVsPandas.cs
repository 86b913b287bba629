using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Indicators;
using CryptoSmartTrader.Features.Indicators.Momentum;
using CryptoSmartTrader.Features.Indicators.Trend;
using CryptoSmartTrader.Features.Indicators.Volatility;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Benchmarks.Features;

/// <summary>
/// <c>indicators-vs-pandas [--bars N]</c>: times the batch SMA/EMA/RSI/ATR/Bollinger kernels (best of 3, one thread) and
/// the same indicators in pandas/numpy (pandas_indicators.py, Debian python3-pandas) on the same bars, checks that the
/// last values agree, and prints the speed ratio.
/// </summary>
internal static class IndicatorsVsPandas
{
    private static readonly (string Name, Func<Indicator> Create)[] Cases =
    [
        ("sma_20", () => new Sma(20)), ("ema_20", () => new Ema(20)), ("rsi_14", () => new Rsi(14)), ("atr_14", () => new Atr(14)),
        ("bb_20_2", () => new BollingerBands(20, 2)),
    ];

    public static int Run(string[] args)
    {
        var bars = args.Length >= 2 && args[0] == "--bars" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000_000;
        var series = BenchmarkCandles.RandomWalk(bars);
        var dir = Directory.CreateTempSubdirectory("cst-bench-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "high.f64"), System.Runtime.InteropServices.MemoryMarshal.AsBytes(series.High).ToArray());
            File.WriteAllBytes(Path.Combine(dir, "low.f64"), System.Runtime.InteropServices.MemoryMarshal.AsBytes(series.Low).ToArray());
            File.WriteAllBytes(Path.Combine(dir, "close.f64"), System.Runtime.InteropServices.MemoryMarshal.AsBytes(series.Close).ToArray());

            var csharp = new Dictionary<string, (double Seconds, double Last)>();
            foreach (var (name, create) in Cases)
            {
                var indicator = create();
                var best = double.MaxValue;
                IndicatorOutput output = null!;
                for (var run = 0; run < 3; run++)
                {
                    var sw = Stopwatch.StartNew();
                    output = indicator.Compute(series);
                    best = Math.Min(best, sw.Elapsed.TotalSeconds);
                }

                csharp[name] = (best, output.Columns[name == "bb_20_2" ? 1 : 0][^1]);
            }

            var script = Path.Combine(SharedDatasets.RepoRoot, "tests", "CryptoSmartTrader.Benchmarks", "Features", "pandas_indicators.py");
            var psi = new ProcessStartInfo("python3", [script, dir]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(psi) ?? throw new InvalidOperationException("python3 could not be started");
            var stdout = process.StandardOutput.ReadToEnd();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine($"pandas run failed (install python3-pandas): {stderr}");
                return 1;
            }

            var pandas = JsonSerializer.Deserialize<Dictionary<string, double[]>>(stdout)!;
            Console.WriteLine($"{bars:N0} bars, one thread, best of 3 ({Environment.ProcessorCount} logical CPUs, .NET {Environment.Version})");
            Console.WriteLine($"{"indicator",-10} {"C# ms",9} {"M bars/s",9} {"pandas ms",10} {"M bars/s",9} {"speed-up",9}  last value C# / pandas");
            foreach (var (name, _) in Cases)
            {
                var (cs, last) = csharp[name];
                var (pd, pdLast) = (pandas[name][0], pandas[name][1]);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-10} {cs * 1e3,9:F1} {bars / cs / 1e6,9:F0} {pd * 1e3,10:F1} {bars / pd / 1e6,9:F0} {pd / cs,8:F1}x  {last:G10} / {pdLast:G10}"));
            }

            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
