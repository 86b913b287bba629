using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Packages;
using CryptoSmartTrader.Trading.Simulation;
using CryptoSmartTrader.TestKit.Time;

namespace CryptoSmartTrader.Trading.Tests.Packages;

public sealed class StrategyKernelFactoryTests
{
    private static readonly ManualTimeProvider Clock = new(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_package_builds_its_kernel_with_the_simulated_venue_and_the_package_account()
    {
        var p = StrategyPackageJsonTests.Valid();
        p.Account.InitialCash = 5_000m;
        var built = StrategyKernelFactory.Create(p, new KernelHost { Clock = Clock });
        Assert.True(built.Ok, built.Error);
        Assert.Equal(2, built.Value!.Universe.Count);
        Assert.Equal(5_000m, built.Value.Options.InitialCash);
        Assert.Equal("USDT", built.Value.Options.AccountCurrency);
        Assert.IsType<SimulatedVenue>(built.Value.Venue);
        Assert.Equal("sqrt", StrategyKernelFactory.VenueOptions(p).Slippage.Name);
        Assert.Equal(TimeSpan.FromMilliseconds(250), StrategyKernelFactory.VenueOptions(p).Latency);
    }

    [Fact]
    public void A_host_may_trade_fewer_symbols_but_not_others()
    {
        var p = StrategyPackageJsonTests.Valid();
        var fewer = new TradingUniverse(Exchange.Binance, Timeframe.Parse("1h"), [Symbol.Parse("ETH/USDT")]);
        Assert.True(StrategyKernelFactory.Create(p, new KernelHost { Clock = Clock, Universe = fewer }).Ok);
        var other = new TradingUniverse(Exchange.Binance, Timeframe.Parse("1h"), [Symbol.Parse("SOL/USDT")]);
        var r = StrategyKernelFactory.Create(p, new KernelHost { Clock = Clock, Universe = other });
        Assert.Contains("universe.symbols: expected to include SOL/USDT", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_on_another_timeframe_is_refused()
    {
        var p = StrategyPackageJsonTests.Valid();
        var other = new TradingUniverse(Exchange.Binance, Timeframe.Parse("4h"), [Symbol.Parse("BTC/USDT")]);
        var r = StrategyKernelFactory.Create(p, new KernelHost { Clock = Clock, Universe = other });
        Assert.Contains("universe.timeframe: expected 4h (the host's data), got 1h", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_models_package_needs_the_host_to_build_its_alpha()
    {
        var p = StrategyPackageJsonTests.Valid();
        p.Alpha.Kind = AlphaSpec.ModelsKind;
        p.Alpha.Models.Add(new ModelRef { Name = "btc-v1" });
        var r = StrategyKernelFactory.Create(p, new KernelHost { Clock = Clock });
        Assert.Contains("alpha: a models package needs the host to build the alpha", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_wrappers_see_the_package_venue_and_alpha()
    {
        var p = StrategyPackageJsonTests.Valid();
        IExecutionVenue? wrapped = null;
        var built = StrategyKernelFactory.Create(p, new KernelHost { Clock = Clock, WrapVenue = v => wrapped = v, Mode = TradingMode.Paper, ClientOrderIdPrefix = "run7" });
        Assert.True(built.Ok, built.Error);
        Assert.IsType<SimulatedVenue>(wrapped);
        Assert.Equal(TradingMode.Paper, built.Value!.Options.Mode);
        Assert.Equal("run7", built.Value.Options.ClientOrderIdPrefix);
    }
}
