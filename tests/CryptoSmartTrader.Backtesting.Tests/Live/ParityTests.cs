using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Backtesting.Live;
using CryptoSmartTrader.Backtesting.Tests.Engine;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.TestKit.Builders;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.TestKit.Time;

namespace CryptoSmartTrader.Backtesting.Tests.Live;

/// <summary>
/// The same candles through the backtest runner and through the live path (replay feed → channel → kernel with the
/// simulated venue as paper broker, manual clock) must send exactly the same orders.
/// </summary>
public sealed class ParityTests
{
    private static async Task<string> LivePathHash(CandleSeries[] series, KernelBlueprint blueprint, DateTimeOffset tradingFrom)
    {
        var first = series.Min(s => s.CloseTimeMs[0]);
        var clock = new ManualTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(first));
        var session = new KernelSession(blueprint, BacktestRunner.UniverseOf(series), clock);
        var feed = new ChannelBarFeed(capacity: 16);
        var consumer = LiveKernelHost.RunAsync(feed.Reader, session, tradingFrom);
        await feed.ReplayAsync(series, t => { if (t > clock.GetUtcNow()) clock.SetUtcNow(t); });
        var steps = await consumer;
        Assert.Equal(session.Steps, steps);
        return session.OrderListHash();
    }

    [Fact]
    public async Task Synthetic_candles_give_identical_order_lists()
    {
        var series = new[]
        {
            SyntheticCandles.RandomWalk(500, seed: 31, sigma: 0.02, symbol: new Symbol("AAA", "USDT")),
            SyntheticCandles.RandomWalk(500, seed: 32, sigma: 0.02, symbol: new Symbol("BBB", "USDT")),
        };
        var from = SyntheticCandles.DefaultStart.AddHours(1);
        var backtest = BacktestRunner.Drive(series, TestBlueprints.SmaCross(latency: TimeSpan.FromMinutes(1)),
            new BacktestOptions { From = from, To = SyntheticCandles.DefaultStart.AddHours(500) });
        Assert.True(backtest.Orders.Count > 10);
        Assert.Equal(backtest.OrderListHash(), await LivePathHash(series, TestBlueprints.SmaCross(latency: TimeSpan.FromMinutes(1)), from));
    }

    [Fact]
    public async Task Real_binance_candles_give_identical_order_lists()
    {
        var from = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var to = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var series = new[] { SharedCandles.BinanceHourly("BTC"), SharedCandles.BinanceHourly("ETH") }
            .Select(s => s.SliceByCloseTime(from.AddHours(-100), to)).ToArray();
        var blueprint = TestBlueprints.SmaCross(fast: 10, slow: 40);
        var backtest = BacktestRunner.Drive(series, blueprint, new BacktestOptions { From = from, To = to, WarmupBars = 100 });
        Assert.True(backtest.Orders.Count > 5, $"expected trades on real data, got {backtest.Orders.Count}");
        Assert.Equal(backtest.OrderListHash(), await LivePathHash(series, TestBlueprints.SmaCross(fast: 10, slow: 40), from));
    }

    [Fact]
    public async Task Protective_stops_give_identical_order_lists()
    {
        var from = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var to = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var series = new[] { SharedCandles.BinanceHourly("BTC"), SharedCandles.BinanceHourly("ETH") }
            .Select(s => s.SliceByCloseTime(from.AddHours(-100), to)).ToArray();
        KernelBlueprint Blueprint()
        {
            var sma = TestBlueprints.SmaCross(fast: 10, slow: 40);
            return sma.WithExecution(() => new Trading.Execution.ExecutionModel(new Trading.Execution.ExecutionOptions { StopLossPercent = 1 }));
        }

        var backtest = BacktestRunner.Drive(series, Blueprint(), new BacktestOptions { From = from, To = to, WarmupBars = 100 });
        var stops = backtest.Orders.Count(o => o.Request.Type == Core.Orders.OrderType.StopMarket);
        Assert.True(stops > 3, $"expected protective stops, got {stops}");
        Assert.Contains(backtest.Kernel.Fills, f => backtest.Orders.Any(o => o.Request.Type == Core.Orders.OrderType.StopMarket && o.Request.ClientOrderId == f.Fill.ClientOrderId));
        Assert.Equal(backtest.OrderListHash(), await LivePathHash(series, Blueprint(), from));
    }

    [Fact]
    public async Task A_repeated_batch_is_reported_not_traded()
    {
        var series = new[] { SyntheticCandles.RandomWalk(30, seed: 1) };
        var clock = new ManualTimeProvider(SyntheticCandles.DefaultStart.AddDays(10));
        var session = new KernelSession(TestBlueprints.SmaCross(), BacktestRunner.UniverseOf(series), clock);
        var feed = new ChannelBarFeed();
        var bar = Trading.Kernel.Bar.FromSeries(series[0], 0);
        await feed.Writer.WriteAsync(new BarBatch(series[0].LastCloseTime, [(0, bar)]));
        await feed.Writer.WriteAsync(new BarBatch(series[0].LastCloseTime, [(0, bar)]));
        feed.Writer.Complete();
        Assert.Equal(1, await LiveKernelHost.RunAsync(feed.Reader, session, SyntheticCandles.DefaultStart));
    }
}
