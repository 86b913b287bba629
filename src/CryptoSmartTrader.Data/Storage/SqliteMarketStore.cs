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
        Derivatives = new SqliteDerivativesStore(_connection, _gate, ThrowIfDisposed);
    }

    /// <summary>Funding, open interest and mark/index/premium bars, in the same file and under the same lock.</summary>
    public IDerivativesStore Derivatives { get; }

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
}
