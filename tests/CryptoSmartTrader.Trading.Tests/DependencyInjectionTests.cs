using CryptoSmartTrader.Trading.Alpha;
using Microsoft.Extensions.DependencyInjection;
using static CryptoSmartTrader.Trading.Tests.TestMarket;

namespace CryptoSmartTrader.Trading.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddTradingKernel_builds_a_factory_with_the_configured_options()
    {
        using var sp = new ServiceCollection().AddTradingKernel(o => o.Risk.MinConfidence = 0.7).BuildServiceProvider();
        var factory = sp.GetRequiredService<TradingKernelFactory>();
        Assert.Equal(0.7, factory.Options.Risk.MinConfidence);
        var universe = Universe();
        var kernel = factory.Create(universe, new SmaCrossAlphaModel(universe.Count));
        Assert.Equal(0.7, kernel.Risk.Options.MinConfidence);
    }

    [Fact]
    public void Invalid_options_fail_on_resolution()
    {
        using var sp = new ServiceCollection().AddTradingKernel(o => o.Venue.ParticipationRate = 2).BuildServiceProvider();
        Assert.ThrowsAny<Exception>(() => { _ = sp.GetRequiredService<TradingKernelFactory>().Options; });
    }
}
