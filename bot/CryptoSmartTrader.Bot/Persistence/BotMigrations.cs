using System.Data.Common;

namespace CryptoSmartTrader.Bot.Persistence;

/// <summary>Applies a back end's versioned schema steps (table <c>bot_schema_version</c>), in one transaction, each step once.</summary>
internal static class BotMigrations
{
    /// <summary>The latest version of the embedded (SQLite) schema.</summary>
    public static int Latest => new SqliteBackend(".").Migrations[^1].Version;

    public static void Apply(DbConnection connection, IStoreBackend backend)
    {
        using var tx = connection.BeginTransaction();
        if (backend.MigrationLock is { } lockSql) Exec(connection, tx, lockSql);
        Exec(connection, tx, "CREATE TABLE IF NOT EXISTS bot_schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL);");
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT COALESCE(MAX(version), 0) FROM bot_schema_version";
        var current = Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var step in backend.Migrations.Where(s => s.Version > current))
        {
            Exec(connection, tx, step.Sql);
            Exec(connection, tx, $"INSERT INTO bot_schema_version (version, description) VALUES ({step.Version}, '{step.Description}')");
        }

        tx.Commit();
    }

    private static void Exec(DbConnection connection, DbTransaction? tx, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
