namespace CryptoSmartTrader.Core.Markets;

/// <summary>
/// An L2 snapshot. Bids are sorted by price descending, asks ascending, sizes are positive and the book is not
/// crossed (best bid &lt; best ask). A book that breaks any of these is rejected rather than repaired, because a
/// silently wrong book is worse than none.
/// </summary>
public sealed class OrderBook
{
    private OrderBook(Exchange exchange, Symbol symbol, DateTimeOffset time, BookLevel[] bids, BookLevel[] asks, long? sequence)
    {
        Exchange = exchange;
        Symbol = symbol;
        Time = time;
        Bids = bids;
        Asks = asks;
        Sequence = sequence;
    }

    public Exchange Exchange { get; }
    public Symbol Symbol { get; }
    public DateTimeOffset Time { get; }
    public IReadOnlyList<BookLevel> Bids { get; }
    public IReadOnlyList<BookLevel> Asks { get; }

    /// <summary>The venue's update id for the snapshot, when it publishes one.</summary>
    public long? Sequence { get; }

    public BookLevel? BestBid => Bids.Count > 0 ? Bids[0] : null;
    public BookLevel? BestAsk => Asks.Count > 0 ? Asks[0] : null;

    public decimal? Mid => BestBid is { } b && BestAsk is { } a ? (b.Price + a.Price) / 2 : null;

    public static OrderBook Create(Exchange exchange, Symbol symbol, DateTimeOffset time,
        IEnumerable<BookLevel> bids, IEnumerable<BookLevel> asks, long? sequence = null) =>
        TryCreate(exchange, symbol, time, bids, asks, sequence, out var book, out var error) ? book! : throw new ArgumentException(error);

    public static bool TryCreate(Exchange exchange, Symbol symbol, DateTimeOffset time,
        IEnumerable<BookLevel> bids, IEnumerable<BookLevel> asks, long? sequence, out OrderBook? book, out string error)
    {
        book = null;
        var b = bids.ToArray();
        var a = asks.ToArray();
        error = CheckSide(b, "bids", descending: true) ?? CheckSide(a, "asks", descending: false) ?? string.Empty;
        if (error.Length == 0 && b.Length > 0 && a.Length > 0 && b[0].Price >= a[0].Price)
        {
            error = $"order book {symbol}: crossed book, best bid {b[0].Price} >= best ask {a[0].Price}";
        }

        if (error.Length > 0)
        {
            return false;
        }

        book = new OrderBook(exchange, symbol, time.ToUniversalTime(), b, a, sequence);
        return true;
    }

    private static string? CheckSide(BookLevel[] levels, string side, bool descending)
    {
        for (var i = 0; i < levels.Length; i++)
        {
            if (levels[i].Price <= 0)
            {
                return $"order book: {side}[{i}].price must be > 0, got {levels[i].Price}";
            }

            if (levels[i].Size <= 0)
            {
                return $"order book: {side}[{i}].size must be > 0, got {levels[i].Size}";
            }

            if (i > 0 && (descending ? levels[i].Price >= levels[i - 1].Price : levels[i].Price <= levels[i - 1].Price))
            {
                return $"order book: {side} must be sorted {(descending ? "descending" : "ascending")} without duplicates; " +
                       $"{side}[{i}].price {levels[i].Price} follows {levels[i - 1].Price}";
            }
        }

        return null;
    }
}
