using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Benchmarks.Features;

/// <summary>Benchmark-only input: a seeded synthetic random walk (large sizes the real files do not reach).</summary>
internal static class BenchmarkCandles
{
    public static CandleSeries RandomWalk(int bars) => SyntheticCandles.RandomWalk(bars, seed: 7, start: 30_000, sigma: 0.004);
}
