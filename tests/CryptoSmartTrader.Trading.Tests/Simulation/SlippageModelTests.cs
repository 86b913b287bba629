using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Simulation;
using static CryptoSmartTrader.Trading.Tests.TestMarket;

namespace CryptoSmartTrader.Trading.Tests.Simulation;

public sealed class SlippageModelTests
{
    [Fact]
    public void Fixed_bps_is_constant() =>
        Assert.Equal(0.0005, new FixedBpsSlippage(5).Fraction(new SlippageInput(true, 10, 100, Bar(0, 100, 101, 99, 100), null)), 12);

    [Fact]
    public void Square_root_impact_follows_sigma_times_root_participation()
    {
        var model = new SquareRootImpactSlippage(new SquareRootImpactParameters(Coefficient: 1.0));
        // σ = (102 − 98) / 100 = 0.04; √(1 / 100) = 0.1 → 0.004
        Assert.Equal(0.004, model.Fraction(new SlippageInput(true, 1, 100, Bar(0, 100, 102, 98, 100, volume: 100), null)), 12);
    }

    [Fact]
    public void Book_walk_uses_the_vwap_of_the_levels_consumed()
    {
        var book = OrderBook.Create(Exchange.Binance, Btc, T0, [new BookLevel(99, 1)], [new BookLevel(100, 1), new BookLevel(101, 1)]);
        var model = new OrderBookWalkSlippage(new OrderBookWalkParameters(FallbackBps: 7, BeyondBookBps: 100));
        var bar = Bar(0, 100, 101, 99, 100);
        Assert.Equal(0.005, model.Fraction(new SlippageInput(true, 2, 100, bar, book)), 12);          // VWAP 100.5 / 100 − 1
        Assert.Equal(0.0, model.Fraction(new SlippageInput(false, 1, 100, bar, book)), 12);
        Assert.Equal((100 + 101 + 101 * 1.01) / 3 / 100 - 1, model.Fraction(new SlippageInput(true, 3, 100, bar, book)), 12);
        Assert.Equal(0.0007, model.Fraction(new SlippageInput(true, 1, 100, bar, null)), 12);
    }

    [Fact]
    public void Bad_parameters_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FixedBpsSlippageParameters(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SquareRootImpactParameters(Coefficient: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OrderBookWalkParameters(FallbackBps: -1));
    }
}
