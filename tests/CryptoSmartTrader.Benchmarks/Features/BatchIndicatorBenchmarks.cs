using BenchmarkDotNet.Attributes;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Indicators;
using CryptoSmartTrader.Features.Indicators.Momentum;
using CryptoSmartTrader.Features.Indicators.Trend;
using CryptoSmartTrader.Features.Indicators.Volatility;

namespace CryptoSmartTrader.Benchmarks.Features;

/// <summary>
/// Batch kernels of the hot family over 10 M bars on one core. Throughput = Bars / mean time (values per second of the
/// primary output; Bollinger writes 5 outputs per bar).
/// </summary>
[MemoryDiagnoser]
public class BatchIndicatorBenchmarks
{
    public const int Bars = 10_000_000;
    private CandleSeries _series = null!;
    private readonly Indicator _sma = new Sma(20);
    private readonly Indicator _ema = new Ema(20);
    private readonly Indicator _rsi = new Rsi(14);
    private readonly Indicator _atr = new Atr(14);
    private readonly Indicator _bollinger = new BollingerBands(20, 2);

    [GlobalSetup]
    public void Setup() => _series = BenchmarkCandles.RandomWalk(Bars);

    [Benchmark]
    public IndicatorOutput Sma20() => _sma.Compute(_series);

    [Benchmark]
    public IndicatorOutput Ema20() => _ema.Compute(_series);

    [Benchmark]
    public IndicatorOutput Rsi14() => _rsi.Compute(_series);

    [Benchmark]
    public IndicatorOutput Atr14() => _atr.Compute(_series);

    [Benchmark]
    public IndicatorOutput Bollinger20() => _bollinger.Compute(_series);
}
