using CryptoSmartTrader.Core.Markets;
using Microsoft.Data.Sqlite;

namespace CryptoSmartTrader.Data.Storage;

/// <summary>
/// The SQLite market-data store (WAL mode, migrated schema): candles, trades and order-book snapshots.
/// One connection serialised by a lock; SQLite work is synchronous, so the async methods complete synchronously
/// (they exist so a networked store can replace this one). The sync <c>Load</c>/<c>LastOpenTime</c> are for callers that
/// cannot await, such as the data-quality gate.
/// </summary>
public sealed partial class SqliteMarketStore : ICandleStore, ITradeStore, IOrderBookStore, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();
    private bool _disposed;

    public SqliteMarketStore(CandleStoreOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Path = System.IO.Path.GetFullPath(options.DatabasePath);
        _connection = SqliteDatabase.Open(options, time ?? TimeProvider.System);
    }

    /// <summary>The full path of the store file.</summary>
    public string Path { get; }

    /// <summary>The schema version the store is at (the highest applied migration step).</summary>
    public int SchemaVersion
    {
        get
        {
            lock (_gate)
            {
                ThrowIfDisposed();
                return SqliteDatabase.CurrentVersion(_connection);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _connection.Dispose();
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    private long? FindSeries(Exchange exchange, Symbol symbol, Timeframe timeframe)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT id FROM series WHERE exchange = $e AND symbol = $s AND timeframe = $t;";
        cmd.Parameters.AddWithValue("$e", exchange.Id);
        cmd.Parameters.AddWithValue("$s", symbol.ToString());
        cmd.Parameters.AddWithValue("$t", timeframe.Code);
        return cmd.ExecuteScalar() is long id ? id : null;
    }

    private long GetOrCreateSeries(Exchange exchange, Symbol symbol, Timeframe timeframe)
    {
        if (FindSeries(exchange, symbol, timeframe) is { } id)
        {
            return id;
        }

        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "INSERT INTO series (exchange, symbol, timeframe) VALUES ($e, $s, $t) RETURNING id;";
        cmd.Parameters.AddWithValue("$e", exchange.Id);
        cmd.Parameters.AddWithValue("$s", symbol.ToString());
        cmd.Parameters.AddWithValue("$t", timeframe.Code);
        return (long)cmd.ExecuteScalar()!;
    }

    private long? FindMarket(Exchange exchange, Symbol symbol)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT id FROM markets WHERE exchange = $e AND symbol = $s;";
        cmd.Parameters.AddWithValue("$e", exchange.Id);
        cmd.Parameters.AddWithValue("$s", symbol.ToString());
        return cmd.ExecuteScalar() is long id ? id : null;
    }

    private long GetOrCreateMarket(Exchange exchange, Symbol symbol)
    {
        if (FindMarket(exchange, symbol) is { } id)
        {
            return id;
        }

        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "INSERT INTO markets (exchange, symbol) VALUES ($e, $s) RETURNING id;";
        cmd.Parameters.AddWithValue("$e", exchange.Id);
        cmd.Parameters.AddWithValue("$s", symbol.ToString());
        return (long)cmd.ExecuteScalar()!;
    }
}
