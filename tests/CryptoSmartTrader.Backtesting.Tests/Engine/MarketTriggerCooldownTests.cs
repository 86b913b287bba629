using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Simulation;

namespace CryptoSmartTrader.Backtesting.Tests.Engine;

/// <summary>The default volatility-shock trigger on real 2018 hourly data halts the backtest for a cool-down, not forever.</summary>
public sealed class MarketTriggerCooldownTests
{
    [Fact]
    public void A_volatility_shock_in_2018_halts_trading_for_a_day_and_trading_resumes_afterwards()
    {
        var from = new DateTimeOffset(2018, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var to = new DateTimeOffset(2018, 7, 1, 0, 0, 0, TimeSpan.Zero);
        CandleSeries[] series = [SharedCandles.BinanceHourly("BTC").SliceByCloseTime(from.AddDays(-10), to)];
        var blueprint = new KernelBlueprint
        {
            Alpha = u => new SmaCrossAlphaModel(u.Count, new SmaCrossOptions { Fast = 20, Slow = 50 }),
            Venue = u => new SimulatedVenue(ExchangeProfiles.Binance, u, new SimulatedVenueOptions()),
            Options = () => new TradingKernelOptions { InitialCash = 10_000m },
            // Default risk options: 10-sigma volatility shock, 24 h cool-down.
        };
        var options = new BacktestOptions { From = from, To = to, WarmupBars = 200 };
        var result = BacktestRunner.Run(series, blueprint, options, TestBlueprints.Settings(series, options));

        var halt = result.Decisions.First(d => d.Reason == ReasonCode.KillSwitchVolatilityShock);
        var resume = result.Decisions.First(d => d.Reason == ReasonCode.KillSwitchAutoResumed);
        Assert.True(resume.Time >= halt.Time.AddHours(24), $"resumed at {resume.Time:O}, less than 24 h after the halt at {halt.Time:O}");
        Assert.DoesNotContain(result.Orders, o => o.Time > halt.Time && o.Time < resume.Time); // only submissions are recorded; cancels are not orders
        Assert.Contains(result.Orders, o => o.Time >= resume.Time);
    }
}
