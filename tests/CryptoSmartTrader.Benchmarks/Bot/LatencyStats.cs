using System.Globalization;

namespace CryptoSmartTrader.Benchmarks.Bot;

/// <summary>Nearest-rank percentiles of a latency sample, in milliseconds.</summary>
internal readonly record struct LatencyStats(int Count, double Mean, double P50, double P90, double P99, double Max)
{
    public static LatencyStats Of(IReadOnlyCollection<double> samples)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0) return default;
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencyStats(sorted.Length, sorted.Average(), Rank(0.50), Rank(0.90), Rank(0.99), sorted[^1]);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"n={Count,6}  mean={Mean,8:F3} ms  p50={P50,8:F3} ms  p90={P90,8:F3} ms  p99={P99,8:F3} ms  max={Max,8:F3} ms");
}
