using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Risk;
using CryptoSmartTrader.Trading.Simulation;

namespace CryptoSmartTrader.Backtesting.Tests.Engine;

/// <summary>Kernels for tests: SMA-cross alpha, Binance fees, the simulated venue, liquidity gates sized for synthetic volumes.</summary>
internal static class TestBlueprints
{
    public static KernelBlueprint SmaCross(int fast = 5, int slow = 20, TimeSpan? latency = null) => new()
    {
        Alpha = u => new SmaCrossAlphaModel(u.Count, new SmaCrossOptions { Fast = fast, Slow = slow }),
        Venue = u => new SimulatedVenue(ExchangeProfiles.Binance, u, new SimulatedVenueOptions { Latency = latency ?? TimeSpan.Zero, ParticipationRate = 1 }),
        Options = () => new TradingKernelOptions { InitialCash = 10_000m },
        Risk = () => new RiskOptions { MinVolume24hQuote = 0, MinDepthQuote = 0, VolatilityShockSigmas = 0, CorrelationSpikeThreshold = 0 },
    };

    public static BacktestSettings Settings(IReadOnlyList<CandleSeries> series, BacktestOptions options, string strategy = "sma-cross") =>
        new(strategy, Exchange.Binance, series.Select(s => s.Symbol).ToArray(), series[0].Timeframe, options.From, options.To, 10_000m, "USDT",
            options.WarmupBars, false, new Dictionary<string, string>());
}
