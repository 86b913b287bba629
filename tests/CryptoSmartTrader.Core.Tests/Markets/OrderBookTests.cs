using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Core.Tests.Markets;

public sealed class OrderBookTests
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private static readonly DateTimeOffset T = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Valid_book_exposes_best_levels_and_mid()
    {
        var book = OrderBook.Create(Exchange.Binance, Btc, T, [new(100m, 1m), new(99m, 2m)], [new(101m, 1m), new(102m, 3m)]);
        Assert.Equal(100m, book.BestBid!.Value.Price);
        Assert.Equal(101m, book.BestAsk!.Value.Price);
        Assert.Equal(100.5m, book.Mid);
    }

    [Fact]
    public void Rejects_a_crossed_book()
    {
        Assert.False(OrderBook.TryCreate(Exchange.Binance, Btc, T, [new(101m, 1m)], [new(100m, 1m)], null, out var book, out var error));
        Assert.Null(book);
        Assert.Contains("crossed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_locked_book()
    {
        Assert.False(OrderBook.TryCreate(Exchange.Binance, Btc, T, [new(100m, 1m)], [new(100m, 1m)], null, out _, out var error));
        Assert.Contains("crossed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_unsorted_sides()
    {
        Assert.False(OrderBook.TryCreate(Exchange.Binance, Btc, T, [new(99m, 1m), new(100m, 1m)], [], null, out _, out var bids));
        Assert.Contains("bids must be sorted descending", bids, StringComparison.Ordinal);
        Assert.False(OrderBook.TryCreate(Exchange.Binance, Btc, T, [], [new(102m, 1m), new(101m, 1m)], null, out _, out var asks));
        Assert.Contains("asks must be sorted ascending", asks, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1, "price")]
    [InlineData(100, 0, "size")]
    [InlineData(100, -2, "size")]
    public void Rejects_non_positive_levels(double price, double size, string field)
    {
        Assert.False(OrderBook.TryCreate(Exchange.Binance, Btc, T, [new((decimal)price, (decimal)size)], [], null, out _, out var error));
        Assert.Contains($"bids[0].{field}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_sides_are_allowed_but_have_no_mid()
    {
        var book = OrderBook.Create(Exchange.Kraken, Btc, T, [], [new(1m, 1m)]);
        Assert.Null(book.Mid);
        Assert.Null(book.BestBid);
    }
}
