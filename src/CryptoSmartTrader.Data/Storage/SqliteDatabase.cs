using Microsoft.Data.Sqlite;

namespace CryptoSmartTrader.Data.Storage;

/// <summary>Opens the store file with the pragmas the store relies on and brings its schema up to date.</summary>
internal static class SqliteDatabase
{
    // Multi-thread mode drops SQLite's per-call connection mutex, which otherwise dominates per-column reads at millions of rows
    // per second. It is safe because no connection is ever used by two threads at once (ADO.NET connections are not thread-safe,
    // and the store serialises its own). If SQLite was already initialised by other code the call fails and serialized mode stays.
    private static readonly Lazy<bool> NativeInit = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MULTITHREAD) == SQLitePCL.raw.SQLITE_OK;
    });

    public static SqliteConnection Open(CandleStoreOptions options, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DatabasePath);
        _ = NativeInit.Value;
        var path = Path.GetFullPath(options.DatabasePath);
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            // page_size only takes effect before the first table exists, hence before WAL and the migrations.
            Execute(connection, $"PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; " +
                                $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
            Migrate(connection, time);
            return connection;
        }
        catch
        {
            try
            {
                connection.Dispose();
            }
            catch (SqliteException)
            {
                // SQLite already rolled back on its own (disk full, I/O error); the failed ROLLBACK would hide the real error.
            }

            throw;
        }
    }

    /// <summary>Applies the steps not yet recorded in <c>schema_version</c>; a no-op on an up-to-date store.</summary>
    public static int Migrate(SqliteConnection connection, TimeProvider time)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_ms INTEGER NOT NULL);");
        var tx = connection.BeginTransaction(deferred: false);
        var applied = 0;
        try
        {
            var current = CurrentVersion(connection, tx);
            foreach (var step in SchemaMigrations.All.Where(s => s.Version > current).OrderBy(s => s.Version))
            {
                using var cmd = connection.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = step.Sql;
                cmd.ExecuteNonQuery();
                using var record = connection.CreateCommand();
                record.Transaction = tx;
                record.CommandText = "INSERT INTO schema_version (version, description, applied_ms) VALUES ($v, $d, $t);";
                record.Parameters.AddWithValue("$v", step.Version);
                record.Parameters.AddWithValue("$d", step.Description);
                record.Parameters.AddWithValue("$t", time.GetUtcNow().ToUnixTimeMilliseconds());
                record.ExecuteNonQuery();
                applied++;
            }

            tx.Commit();
        }
        catch
        {
            try
            {
                tx.Dispose();
            }
            catch (SqliteException)
            {
                // SQLite already rolled back on its own (disk full, I/O error); the failed ROLLBACK would hide the real error.
            }

            throw;
        }

        tx.Dispose();
        return applied;
    }

    public static int CurrentVersion(SqliteConnection connection, SqliteTransaction? tx = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
