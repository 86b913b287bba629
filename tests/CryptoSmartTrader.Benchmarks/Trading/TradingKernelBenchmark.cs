using BenchmarkDotNet.Attributes;
using CryptoSmartTrader.TestKit.Builders;
using CryptoSmartTrader.TestKit.Time;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Risk;
using CryptoSmartTrader.Trading.Simulation;

namespace CryptoSmartTrader.Benchmarks.Trading;

/// <summary>
/// Kernel + simulated venue + risk engine with the SMA-cross rule alpha, one symbol, one core. One operation = one
/// bar close (OperationsPerInvoke), so the reported time is per bar and the allocation column is bytes per bar
/// (kernel construction included, amortised over the run).
/// </summary>
[MemoryDiagnoser]
public class TradingKernelBenchmark
{
    private const int Bars = 200_000;
    private Bar[] _bars = [];
    private Core.Research.Prediction[] _predictions = [];

    [GlobalSetup]
    public void Setup()
    {
        var series = SyntheticCandles.RandomWalk(Bars, seed: 7, sigma: 0.01);
        _bars = new Bar[Bars];
        for (var i = 0; i < Bars; i++)
        {
            var b = Bar.FromSeries(series, i);
            _bars[i] = b with { Volume = b.Volume * 10_000 }; // liquid enough that fills are not volume-capped
        }

        // Stand-in model output (precomputed, so the figure is the kernel's cost, not a model's): P(up) drifts
        // slowly around 0.5 so that the confidence gate and Kelly sizing see both sides.
        var symbol = new Core.Markets.Symbol("SYN", "USDT");
        _predictions = new Core.Research.Prediction[Bars];
        for (var i = 0; i < Bars; i++)
        {
            var p = 0.5 + 0.4 * Math.Sin(i / 500.0);
            _predictions[i] = new Core.Research.Prediction(symbol, Core.Research.Horizon.H1, DateTimeOffset.FromUnixTimeMilliseconds(_bars[i].CloseTimeMs),
                p, (p - 0.5) * 0.02, -0.01, 0.015, "bench", "1");
        }
    }

    [Benchmark(OperationsPerInvoke = Bars)]
    public double PredictionBacktest() => Run(new PredictionAlphaModel("bench"), withPredictions: true);

    [Benchmark(OperationsPerInvoke = Bars)]
    public double SmaCrossBacktest() => Run(new SmaCrossAlphaModel(1, new SmaCrossOptions { Fast = 50, Slow = 200 }), withPredictions: false);

    private double Run(IAlphaModel alpha, bool withPredictions)
    {
        var universe = new TradingUniverse(Core.Markets.Exchange.Binance, Core.Markets.Timeframe.H1, [new Core.Markets.Symbol("SYN", "USDT")]);
        var clock = new ManualTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(_bars[^1].CloseTimeMs));
        var kernel = new TradingKernel(new TradingKernelOptions(), universe, new TradingKernelComponents
        {
            Alpha = alpha,
            Venue = new SimulatedVenue(ExchangeProfiles.Binance, universe),
            Risk = new RiskOptions { MinVolume24hQuote = 0 },
            DecisionLog = new DecisionLog(),
        }, clock);
        var ctx = new BarCloseContext(universe);
        var bars = _bars;
        for (var i = 0; i < bars.Length; i++)
        {
            ctx.Reset(DateTimeOffset.FromUnixTimeMilliseconds(bars[i].CloseTimeMs));
            ctx.SetBar(0, bars[i]);
            if (withPredictions) ctx.SetPrediction(0, _predictions[i]);
            kernel.OnBarClose(ctx);
        }

        return kernel.Equity;
    }
}
