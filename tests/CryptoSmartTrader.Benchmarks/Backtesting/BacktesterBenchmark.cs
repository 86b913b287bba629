using BenchmarkDotNet.Attributes;
using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Risk;
using CryptoSmartTrader.Trading.Simulation;

namespace CryptoSmartTrader.Benchmarks.Backtesting;

/// <summary>
/// The backtester end to end on real data: Binance BTC/USDT and ETH/USDT hourly, 2018-01-01 .. 2025-05-15 (128,926 bars),
/// SMA-cross(20, 50) through the kernel, risk engine and simulated venue (Binance fees, 5 bps slippage).
/// One operation = one bar. <c>Drive</c> is the event loop (merge by close time, clock, kernel, order recording);
/// <c>RunWithResult</c> adds fills, round trips, metrics, the buy-and-hold benchmark and the order-list hash.
/// </summary>
[MemoryDiagnoser]
public class BacktesterBenchmark
{
    private static readonly DateTimeOffset From = new(2018, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2025, 5, 15, 0, 0, 0, TimeSpan.Zero);
    private CandleSeries[] _series = [];
    private KernelBlueprint _blueprint = null!;
    private BacktestSettings _settings = null!;

    public int Bars { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _series = [SharedCandles.BinanceHourly("BTC").SliceByCloseTime(From, To), SharedCandles.BinanceHourly("ETH").SliceByCloseTime(From, To)];
        Bars = _series.Sum(s => s.Count);
        _blueprint = new KernelBlueprint
        {
            Alpha = u => new SmaCrossAlphaModel(u.Count, new SmaCrossOptions { Fast = 20, Slow = 50 }),
            Venue = u => new SimulatedVenue(ExchangeProfiles.Binance, u),
            // The 10-sigma volatility-shock kill switch fires on real 2018 data and would halt the kernel for the rest of the run.
            Risk = () => new RiskOptions { VolatilityShockSigmas = 0 },
        };
        _settings = new BacktestSettings("sma-cross(20,50)", Exchange.Binance, _series.Select(s => s.Symbol).ToArray(), Timeframe.H1, From, To,
            10_000m, "USDT", 0, false, new Dictionary<string, string>());
    }

    [Benchmark(OperationsPerInvoke = 128_926)]
    public int Drive() => BacktestRunner.Drive(_series, _blueprint, new BacktestOptions { From = From, To = To }).Orders.Count;

    [Benchmark(OperationsPerInvoke = 128_926)]
    public string RunWithResult() => BacktestRunner.Run(_series, _blueprint, new BacktestOptions { From = From, To = To }, _settings).OrderListHash;
}
