using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Kernel;
using static CryptoSmartTrader.Trading.Tests.TestMarket;

namespace CryptoSmartTrader.Trading.Tests.Kernel;

public sealed class MarketStateTests
{
    [Fact]
    public void Volume_24h_is_unknown_until_a_day_of_bars_then_a_rolling_sum()
    {
        var state = new MarketState(Universe());
        for (var k = 0; k < 23; k++)
        {
            state.Update(0, Bar(k, 100, 100, 100, 100, volume: 10));
            Assert.True(double.IsNaN(state.Volume24hQuoteOf(0)));
        }

        state.Update(0, Bar(23, 100, 100, 100, 100, volume: 10));
        Assert.Equal(24 * 1000, state.Volume24hQuoteOf(0), 6);  // 24 bars × 10 × 100
        state.Update(0, Bar(24, 200, 200, 200, 200, volume: 10)); // the first bar leaves the window
        Assert.Equal(23 * 1000 + 2000, state.Volume24hQuoteOf(0), 6);
    }

    [Fact]
    public void Returns_and_ewma_volatility_follow_the_closes()
    {
        var state = new MarketState(Universe(), ewmaLambda: 0.5);
        state.Update(0, Bar(0, 100, 100, 100, 100));
        state.Update(0, Bar(1, 100, 110, 100, 110));
        Assert.Equal(0.1, state.ReturnOf(0), 12);
        state.Update(0, Bar(2, 110, 110, 99, 99));
        Assert.Equal(-0.1, state.ReturnOf(0), 12);
        Assert.Equal(Math.Sqrt(0.5 * 0.01 + 0.5 * 0.01), state.VolatilityOf(0), 12);
    }

    [Fact]
    public void Spread_and_depth_come_from_the_book()
    {
        var state = new MarketState(Universe(), depthBandBps: 50);
        Assert.True(double.IsNaN(state.SpreadBpsOf(0)));
        var book = OrderBook.Create(Exchange.Binance, Btc, T0,
            [new BookLevel(99.9m, 10), new BookLevel(99m, 100)], [new BookLevel(100.1m, 5), new BookLevel(101m, 100)]);
        state.UpdateBook(0, book);
        Assert.Equal(0.2 / 100 * 10_000, state.SpreadBpsOf(0), 9);          // 20 bps
        Assert.Equal(Math.Min(99.9 * 10, 100.1 * 5), state.DepthQuoteOf(0), 9); // only levels within ±50 bps of mid
    }
}
