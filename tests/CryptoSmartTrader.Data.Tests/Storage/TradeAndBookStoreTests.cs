using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Tests.Support;

namespace CryptoSmartTrader.Data.Tests.Storage;

public sealed class TradeAndBookStoreTests
{
    private static readonly Symbol BtcUsdt = new("BTC", "USDT");
    private static readonly DateTimeOffset T0 = new(2025, 11, 10, 17, 23, 53, TimeSpan.Zero);

    [Fact]
    public async Task Trades_round_trip_exactly_and_saving_twice_adds_nothing()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        Trade[] trades =
        [
            new(T0, 105_500.1m, 0.00012345m, TakerSide.Buy, "10218208"),
            new(T0.AddTicks(10), 105_499.9m, 1.5m, TakerSide.Sell, "10218209"),
            // Two identical prints without ids in the same instant are two trades, not one.
            new(T0.AddSeconds(1), 105_500m, 0.1m, TakerSide.Unknown),
            new(T0.AddSeconds(1), 105_500m, 0.1m, TakerSide.Unknown),
        ];
        Assert.Equal(4, await store.SaveTradesAsync(Exchange.Kraken, BtcUsdt, trades));
        Assert.Equal(0, await store.SaveTradesAsync(Exchange.Kraken, BtcUsdt, trades));

        var loaded = await store.LoadTradesAsync(Exchange.Kraken, BtcUsdt, T0, T0.AddMinutes(1));
        Assert.Equal(trades, loaded);
        Assert.Empty(await store.LoadTradesAsync(Exchange.Binance, BtcUsdt, T0, T0.AddMinutes(1)));
    }

    [Fact]
    public async Task Order_book_snapshots_round_trip_and_are_never_replaced()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var book = OrderBook.Create(Exchange.Binance, BtcUsdt, T0,
            [new BookLevel(20_000.10m, 1.25m), new BookLevel(20_000.00m, 0.001m)], [new BookLevel(20_000.20m, 3m)], sequence: 42);
        var other = OrderBook.Create(Exchange.Binance, BtcUsdt, T0, [new BookLevel(1m, 1m)], [new BookLevel(2m, 1m)]);
        Assert.True(await store.SaveOrderBookAsync(book));
        Assert.False(await store.SaveOrderBookAsync(other));

        var loaded = Assert.Single(await store.LoadOrderBooksAsync(Exchange.Binance, BtcUsdt, T0, T0.AddSeconds(1)));
        Assert.Equal(book.Bids, loaded.Bids);
        Assert.Equal(book.Asks, loaded.Asks);
        Assert.Equal(42, loaded.Sequence);
        Assert.Equal(T0, loaded.Time);
    }
}
