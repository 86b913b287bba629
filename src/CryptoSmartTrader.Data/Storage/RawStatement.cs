using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CryptoSmartTrader.Data.Storage;

/// <summary>
/// A prepared statement driven through the native API. The candle hot paths use it because ADO.NET's per-execution
/// overhead (parameter objects, boxing, readers) costs more than SQLite itself at millions of rows per second.
/// Preparation and error text go through SQLitePCLRaw; per-row binds, steps and column reads go through <see cref="NativeSqlite"/>.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;
    private readonly IntPtr _dbHandle;
    private readonly IntPtr _handle;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle!;
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _stmt);
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }

        // Both handles stay alive for the statement's lifetime (the connection and _stmt are held), so the raw pointers are valid.
        _dbHandle = _db.DangerousGetHandle();
        _handle = _stmt.DangerousGetHandle();
    }

    public void Bind(int index, long value) => Check(NativeSqlite.sqlite3_bind_int64(_handle, index, value));

    public void Bind(int index, double value) => Check(NativeSqlite.sqlite3_bind_double(_handle, index, value));

    /// <summary>Steps once: true when a row is available, false when the statement is done.</summary>
    public bool Step()
    {
        var rc = NativeSqlite.sqlite3_step(_handle);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }

        if (rc == raw.SQLITE_DONE)
        {
            return false;
        }

        SqliteException.ThrowExceptionForRC(rc, _db);
        return false;
    }

    public void Reset() => Check(NativeSqlite.sqlite3_reset(_handle));

    public long Int64(int column) => NativeSqlite.sqlite3_column_int64(_handle, column);

    public double Double(int column) => NativeSqlite.sqlite3_column_double(_handle, column);

    public int Changes => NativeSqlite.sqlite3_changes(_dbHandle);

    public void Dispose() => _stmt.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
