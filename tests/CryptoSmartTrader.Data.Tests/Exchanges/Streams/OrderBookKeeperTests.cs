using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Streams;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Streams;

/// <summary>Binance's documented diff-depth rules, applied by hand to small books.</summary>
public sealed class OrderBookKeeperTests
{
    private static readonly Symbol Pair = new("BTC", "USDT");
    private static readonly DateTimeOffset T = DateTimeOffset.UnixEpoch;

    private static OrderBook Snapshot(long seq) => OrderBook.Create(Exchange.Binance, Pair, T,
        [new BookLevel(100m, 1m), new BookLevel(99m, 2m)], [new BookLevel(101m, 1m), new BookLevel(102m, 3m)], seq);

    private static BookDelta Delta(long first, long last, BookLevel[]? bids = null, BookLevel[]? asks = null, long? prev = null) =>
        new(first, last, bids ?? [], asks ?? [], T, prev);

    [Fact]
    public void Buffered_deltas_replay_onto_the_snapshot_dropping_those_it_already_contains()
    {
        var keeper = new OrderBookKeeper(Exchange.Binance, Pair);
        Assert.Equal(BookApplyResult.Buffered, keeper.Apply(Delta(5, 9, bids: [new BookLevel(100m, 7m)])));   // u ≤ 10: stale
        Assert.Equal(BookApplyResult.Buffered, keeper.Apply(Delta(10, 12, bids: [new BookLevel(99m, 0m)]))); // straddles 11
        Assert.Equal(BookApplyResult.Applied, keeper.ApplySnapshot(Snapshot(10)));

        var book = keeper.Snapshot(10)!;
        Assert.Equal(12, book.Sequence);
        Assert.Equal([new BookLevel(100m, 1m)], book.Bids); // 99 removed by size 0, 100 untouched by the stale delta
    }

    [Fact]
    public void A_missing_update_is_a_gap_and_the_book_is_withheld()
    {
        var keeper = new OrderBookKeeper(Exchange.Binance, Pair);
        keeper.ApplySnapshot(Snapshot(10));
        Assert.Equal(BookApplyResult.Applied, keeper.Apply(Delta(11, 11, asks: [new BookLevel(101m, 0m)])));
        Assert.Equal(BookApplyResult.Gap, keeper.Apply(Delta(13, 14)));

        Assert.False(keeper.IsSynced);
        Assert.Null(keeper.Snapshot(10));
        Assert.Equal(1, keeper.GapCount);
    }

    [Fact]
    public void First_delta_after_snapshot_must_cover_the_next_update()
    {
        var keeper = new OrderBookKeeper(Exchange.Binance, Pair);
        keeper.ApplySnapshot(Snapshot(10));
        Assert.Equal(BookApplyResult.Gap, keeper.Apply(Delta(12, 15)));
    }

    [Fact]
    public void Previous_sequence_rule_for_htx_style_updates()
    {
        var keeper = new OrderBookKeeper(Exchange.Htx, Pair);
        keeper.ApplySnapshot(Snapshot(10));
        Assert.Equal(BookApplyResult.Applied, keeper.Apply(Delta(25, 25, prev: 10)));
        Assert.Equal(BookApplyResult.Gap, keeper.Apply(Delta(40, 40, prev: 30)));
    }

    [Fact]
    public void An_update_that_crosses_the_book_is_treated_as_a_gap()
    {
        var keeper = new OrderBookKeeper(Exchange.Binance, Pair);
        keeper.ApplySnapshot(Snapshot(10));
        Assert.Equal(BookApplyResult.Gap, keeper.Apply(Delta(11, 11, bids: [new BookLevel(101.5m, 1m)])));
        Assert.Null(keeper.Snapshot(5));
    }

    [Fact]
    public void Snapshot_without_sequence_is_refused()
    {
        var keeper = new OrderBookKeeper(Exchange.Binance, Pair);
        var book = OrderBook.Create(Exchange.Binance, Pair, T, [new BookLevel(1m, 1m)], [new BookLevel(2m, 1m)]);
        Assert.Throws<ArgumentException>(() => keeper.ApplySnapshot(book));
    }
}
