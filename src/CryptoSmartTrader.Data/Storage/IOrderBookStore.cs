using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Storage;

/// <summary>L2 order-book snapshots per (exchange, symbol), stored with exact decimal levels.</summary>
public interface IOrderBookStore
{
    /// <summary>Stores a snapshot; returns false when a snapshot of the same market and time is already stored (it is kept, not replaced).</summary>
    Task<bool> SaveOrderBookAsync(OrderBook book, CancellationToken cancellationToken = default);

    /// <summary>Snapshots with time in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    Task<IReadOnlyList<OrderBook>> LoadOrderBooksAsync(Exchange exchange, Symbol symbol, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken = default);
}
