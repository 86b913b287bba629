using System.Globalization;
using System.Text;
using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Storage;

public sealed partial class SqliteMarketStore
{
    public Task<bool> SaveOrderBookAsync(OrderBook book, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(book);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ThrowIfDisposed();
            using var tx = _connection.BeginTransaction(deferred: false);
            var marketId = GetOrCreateMarketIn(tx, book.Exchange, book.Symbol);
            using var cmd = _connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO orderbook_snapshots (market_id, time_ticks, sequence, bids, asks) VALUES ($m, $t, $q, $b, $a) " +
                              "ON CONFLICT (market_id, time_ticks) DO NOTHING;";
            cmd.Parameters.AddWithValue("$m", marketId);
            cmd.Parameters.AddWithValue("$t", book.Time.UtcTicks);
            cmd.Parameters.AddWithValue("$q", (object?)book.Sequence ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$b", Encode(book.Bids));
            cmd.Parameters.AddWithValue("$a", Encode(book.Asks));
            var inserted = cmd.ExecuteNonQuery() == 1;
            tx.Commit();
            return Task.FromResult(inserted);
        }
    }

    public Task<IReadOnlyList<OrderBook>> LoadOrderBooksAsync(Exchange exchange, Symbol symbol, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ThrowIfDisposed();
            var list = new List<OrderBook>();
            if (SqliteKeys.FindMarket(_connection, exchange, symbol) is not { } marketId)
            {
                return Task.FromResult<IReadOnlyList<OrderBook>>(list);
            }

            using var cmd = _connection.CreateCommand();
            cmd.CommandText = "SELECT time_ticks, sequence, bids, asks FROM orderbook_snapshots WHERE market_id = $m AND time_ticks >= $a AND time_ticks < $b ORDER BY time_ticks;";
            cmd.Parameters.AddWithValue("$m", marketId);
            cmd.Parameters.AddWithValue("$a", from.UtcTicks);
            cmd.Parameters.AddWithValue("$b", to.UtcTicks);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                var time = new DateTimeOffset(reader.GetInt64(0), TimeSpan.Zero);
                long? sequence = reader.IsDBNull(1) ? null : reader.GetInt64(1);
                if (!OrderBook.TryCreate(exchange, symbol, time, Decode(reader.GetString(2)), Decode(reader.GetString(3)), sequence, out var book, out var error))
                {
                    throw new InvalidDataException($"store {Path}: order book {exchange} {symbol} at {time:O} is invalid ({error}); the file is damaged");
                }

                list.Add(book!);
            }

            return Task.FromResult<IReadOnlyList<OrderBook>>(list);
        }
    }

    // "price size" per line with invariant decimals: exact, and readable with any SQLite shell.
    private static string Encode(IReadOnlyList<BookLevel> levels)
    {
        var sb = new StringBuilder(levels.Count * 24);
        foreach (var level in levels)
        {
            sb.Append(level.Price.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(level.Size.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return sb.ToString();
    }

    private static List<BookLevel> Decode(string text)
    {
        var levels = new List<BookLevel>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            levels.Add(new BookLevel(decimal.Parse(line.AsSpan(0, space), CultureInfo.InvariantCulture), decimal.Parse(line.AsSpan(space + 1), CultureInfo.InvariantCulture)));
        }

        return levels;
    }
}
