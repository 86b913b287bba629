using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Storage;

/// <summary>Public trade prints per (exchange, symbol). Prices and sizes are stored as exact decimals.</summary>
public interface ITradeStore
{
    /// <summary>
    /// Stores trades not yet stored and returns how many were new. A trade is identified by its venue trade id when it has one,
    /// otherwise by (time, price, size, side, occurrence within that millisecond), so saving the same prints twice adds nothing.
    /// </summary>
    Task<int> SaveTradesAsync(Exchange exchange, Symbol symbol, IReadOnlyList<Trade> trades, CancellationToken cancellationToken = default);

    /// <summary>Trades with time in [<paramref name="from"/>, <paramref name="to"/>), in time order (ties in insertion order).</summary>
    Task<IReadOnlyList<Trade>> LoadTradesAsync(Exchange exchange, Symbol symbol, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken = default);
}
