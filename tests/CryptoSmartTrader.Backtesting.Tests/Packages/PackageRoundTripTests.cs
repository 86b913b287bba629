using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Packages;
using CryptoSmartTrader.Trading.Risk;
using CryptoSmartTrader.Trading.Simulation;

namespace CryptoSmartTrader.Backtesting.Tests.Packages;

/// <summary>
/// A package written to JSON, read back and run through <see cref="StrategyKernelFactory"/> sends the same orders as the
/// kernel assembled part by part in code (the way cst backtest built it before packages), on real Binance candles.
/// </summary>
public sealed class PackageRoundTripTests
{
    private static readonly DateTimeOffset From = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2024, 4, 1, 0, 0, 0, TimeSpan.Zero);

    private static Core.Markets.CandleSeries[] Series() =>
        new[] { SharedCandles.BinanceHourly("BTC"), SharedCandles.BinanceHourly("ETH") }.Select(s => s.SliceByCloseTime(From.AddHours(-200), To)).ToArray();

    // The blueprint as code built it part by part: sma-cross 10/40, 2 % stop, square-root slippage, 250 ms latency.
    private static KernelBlueprint InCode() => new()
    {
        Alpha = u => new SmaCrossAlphaModel(u.Count, new SmaCrossOptions { Fast = 10, Slow = 40 }),
        Venue = u => new SimulatedVenue(ExchangeProfiles.Binance, u, new SimulatedVenueOptions
        {
            Latency = TimeSpan.FromMilliseconds(250),
            Slippage = new SquareRootImpactSlippage(new SquareRootImpactParameters(1.0)),
        }),
        Options = () => new TradingKernelOptions { InitialCash = 10_000m, AccountCurrency = "USDT" },
        Execution = () => new ExecutionModel(new ExecutionOptions { StopLossPercent = 2 }),
        Risk = () => new RiskOptions(),
    };

    private static StrategyPackage Package()
    {
        var p = new StrategyPackage { Name = "sma-stop-sqrt" };
        p.Universe.Symbols.AddRange(["BTC/USDT", "ETH/USDT"]);
        p.Alpha.Sma = new SmaCrossOptions { Fast = 10, Slow = 40 };
        p.Execution.StopLossPercent = 2;
        p.Venue.Slippage = "sqrt";
        p.Venue.LatencyMs = 250;
        return p;
    }

    [Fact]
    public void A_package_read_back_from_json_sends_the_orders_of_the_kernel_built_in_code()
    {
        var series = Series();
        var options = new BacktestOptions { From = From, To = To, WarmupBars = 200 };
        var reread = StrategyPackageJson.Parse(StrategyPackageJson.Serialize(Package()));
        Assert.True(reread.Ok, reread.Error);
        var old = BacktestRunner.Drive(series, InCode(), options);
        var packaged = BacktestRunner.Drive(series, KernelBlueprint.FromPackage(reread.Value!), options);
        Assert.True(old.Orders.Count > 20, $"expected trades on real data, got {old.Orders.Count}");
        Assert.Contains(old.Orders, o => o.Request.StopPrice is not null);
        Assert.Equal(old.OrderListHash(), packaged.OrderListHash());
        Assert.Equal(old.Kernel.Exposure.Equity, packaged.Kernel.Exposure.Equity);
    }

    [Fact]
    public void Changing_one_order_option_in_the_package_changes_the_orders()
    {
        var series = Series();
        var options = new BacktestOptions { From = From, To = To, WarmupBars = 200 };
        var noStop = Package();
        noStop.Execution.StopLossPercent = 0;
        Assert.NotEqual(BacktestRunner.Drive(series, KernelBlueprint.FromPackage(Package()), options).OrderListHash(),
            BacktestRunner.Drive(series, KernelBlueprint.FromPackage(noStop), options).OrderListHash());
    }
}
