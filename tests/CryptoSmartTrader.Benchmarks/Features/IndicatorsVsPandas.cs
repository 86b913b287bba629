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
/// <c>indicators-vs-pandas [--bars N] [--kernels-only]</c>: times the batch SMA/EMA/RSI/ATR/Bollinger kernels (best of 3, one thread) and
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

    /// <summary>CPU seconds of this process: robust to other processes competing for the cores, unlike wall time.</summary>
    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static string ReadLoad() => File.Exists("/proc/loadavg") ? "load " + File.ReadAllText("/proc/loadavg").Split(' ')[0] : "load n/a";

    /// <summary>Every ta indicator updated bar by bar (the bot's path) on real BTC/USDT hourly bars, with the row copied out.</summary>
    private static void Streaming()
    {
        var s = SharedCandles.BinanceHourly("BTC");
        var bars = new OhlcvBar[s.Count];
        for (var i = 0; i < s.Count; i++)
        {
            bars[i] = new OhlcvBar(s.Open[i], s.High[i], s.Low[i], s.Close[i], s.Volume[i]);
        }

        var bank = CryptoSmartTrader.Features.Sets.TechnicalFeatureSet.CreateStream();
        var row = new double[bank.Columns.Count];
        var best = double.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            bank.Reset();
            var cpu = Cpu();
            foreach (ref readonly var bar in bars.AsSpan())
            {
                bank.Update(in bar);
                bank.CopyRow(row);
            }

            best = Math.Min(best, Cpu() - cpu);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"streaming: {bank.Indicators.Count} indicator instances / {bank.Columns.Count} columns per bar, {bars.Length:N0} real BTC 1h bars: {best / bars.Length * 1e6:F2} µs per bar (CPU)"));
    }

    /// <summary>
    /// The same kernels writing into reused buffers: throughput without the cost of allocating and first-touching the output.
    /// The RSI/ATR kernels before the branch-free rewrite run in the same rounds (round-robin, so machine load hits every
    /// kernel alike); their outputs are compared bit for bit with the current ones, and SMA is the yardstick for ratios.
    /// </summary>
    private static void Kernels(CandleSeries series, int rounds)
    {
        var n = series.Count;
        var buffers = Enumerable.Range(0, 5).Select(_ => new double[n]).ToArray();
        (string Name, int Outputs, Action Run)[] kernels =
        [
            ("sma_20", 1, () => Sma.Kernel(series.Close, buffers[0], 20)),
            ("ema_20", 1, () => Ema.Kernel(series.Close, buffers[0], 20)),
            ("rsi_14", 1, () => Rsi.Kernel(series.Close, buffers[0], 14)),
            ("rsi_14 previous", 1, () => PreviousWilderKernels.Rsi(series.Close, buffers[0], 14)),
            ("atr_14", 1, () => Atr.Kernel(series.High, series.Low, series.Close, buffers[0], 14)),
            ("atr_14 previous", 1, () => PreviousWilderKernels.Atr(series.High, series.Low, series.Close, buffers[0], 14)),
            ("bb_20_2", 5, () => BollingerBands.Kernel(series.Close, 20, 2, buffers[0], buffers[1], buffers[2], buffers[3], buffers[4])),
        ];
        var best = new double[kernels.Length];
        Array.Fill(best, double.MaxValue);
        foreach (var (_, _, run) in kernels)
        {
            run();
        }

        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < kernels.Length; k++)
            {
                var cpu = Cpu();
                kernels[k].Run();
                best[k] = Math.Min(best[k], Cpu() - cpu);
            }
        }

        for (var k = 0; k < kernels.Length; k++)
        {
            var (name, outputs, _) = kernels[k];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"kernel {name,-15} into reused buffers: {best[k] * 1e3,7:F1} ms = {n / best[k] / 1e6,5:F0} M bars/s, {n * outputs / best[k] / 1e6,5:F0} M values/s, {best[0] / best[k] * outputs,4:F2}x SMA's values/s"));
        }

        Console.WriteLine($"rsi_14 current vs previous kernel: {Mismatches(b => Rsi.Kernel(series.Close, b, 14), b => PreviousWilderKernels.Rsi(series.Close, b, 14), n)} of {n:N0} values differ (bitwise)");
        Console.WriteLine($"atr_14 current vs previous kernel: {Mismatches(b => Atr.Kernel(series.High, series.Low, series.Close, b, 14), b => PreviousWilderKernels.Atr(series.High, series.Low, series.Close, b, 14), n)} of {n:N0} values differ (bitwise)");
    }

    private static int Mismatches(Action<double[]> current, Action<double[]> previous, int n)
    {
        var (a, b) = (new double[n], new double[n]);
        Array.Fill(a, double.NaN);
        Array.Fill(b, double.NaN);
        current(a);
        previous(b);
        var differ = 0;
        for (var i = 0; i < n; i++)
        {
            if (BitConverter.DoubleToInt64Bits(a[i]) != BitConverter.DoubleToInt64Bits(b[i])) differ++;
        }

        return differ;
    }

    public static int Run(string[] args)
    {
        var at = Array.IndexOf(args, "--bars");
        var bars = at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 10_000_000;
        var series = BenchmarkCandles.RandomWalk(bars);
        if (args.Contains("--kernels-only"))
        {
            Console.WriteLine($"{bars:N0} bars, kernels only, one thread, best of 9 round-robin rounds, process CPU time ({Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, {ReadLoad()})");
            Kernels(series, rounds: 9);
            Console.WriteLine($"({ReadLoad()} at the end)");
            return 0;
        }

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
                    var cpu = Cpu();
                    output = indicator.Compute(series);
                    best = Math.Min(best, Cpu() - cpu);
                }

                csharp[name] = (best, output.Columns[name == "bb_20_2" ? 1 : 0][^1]);
            }

            var script = Path.Combine(SharedDatasets.RepoRoot, "tests", "CryptoSmartTrader.Benchmarks", "Features", "pandas_indicators.py");
            // Debian's interpreter first: python3-pandas installs there, and a pyenv shim earlier on PATH may lack numpy.
            var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
            var psi = new ProcessStartInfo(python, [script, dir]) { RedirectStandardOutput = true, RedirectStandardError = true };
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
            Console.WriteLine($"{bars:N0} bars, one thread, best of 3, process CPU time ({Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, {ReadLoad()})");
            Console.WriteLine($"{"indicator",-10} {"C# ms",9} {"M bars/s",9} {"pandas ms",10} {"M bars/s",9} {"speed-up",9}  last value C# / pandas");
            foreach (var (name, _) in Cases)
            {
                var (cs, last) = csharp[name];
                var (pd, pdLast) = (pandas[name][0], pandas[name][1]);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-10} {cs * 1e3,9:F1} {bars / cs / 1e6,9:F0} {pd * 1e3,10:F1} {bars / pd / 1e6,9:F0} {pd / cs,8:F1}x  {last:G10} / {pdLast:G10}"));
            }

            Kernels(series, rounds: 5);
            Streaming();
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
