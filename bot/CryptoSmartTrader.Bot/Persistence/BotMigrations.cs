using Microsoft.Data.Sqlite;

namespace CryptoSmartTrader.Bot.Persistence;

/// <summary>The bot's own tables in the store file, versioned apart from the data layer's schema (table <c>bot_schema_version</c>).</summary>
internal static class BotMigrations
{
    private static readonly (int Version, string Description, string Sql)[] Steps =
    [
        (1, "orders, fills, positions, balances, equity, predictions, decisions, job runs, alerts, state", """
            CREATE TABLE bot_orders (client_order_id TEXT PRIMARY KEY, venue_order_id TEXT, symbol TEXT NOT NULL, side TEXT NOT NULL,
              type TEXT NOT NULL, quantity TEXT NOT NULL, limit_price TEXT, status TEXT NOT NULL, filled TEXT NOT NULL DEFAULT '0',
              reason TEXT, created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL);
            CREATE TABLE bot_fills (client_order_id TEXT NOT NULL, seq INTEGER NOT NULL, symbol TEXT NOT NULL, side TEXT NOT NULL,
              quantity TEXT NOT NULL, price TEXT NOT NULL, fee TEXT NOT NULL, fee_asset TEXT NOT NULL, time_ms INTEGER NOT NULL,
              PRIMARY KEY (client_order_id, seq));
            CREATE TABLE bot_positions (symbol TEXT PRIMARY KEY, quantity TEXT NOT NULL, average_cost TEXT NOT NULL, as_of_ms INTEGER NOT NULL);
            CREATE TABLE bot_balances (asset TEXT PRIMARY KEY, amount TEXT NOT NULL, as_of_ms INTEGER NOT NULL);
            CREATE TABLE bot_equity (time_ms INTEGER PRIMARY KEY, equity TEXT NOT NULL, cash TEXT NOT NULL, trading_state TEXT NOT NULL, drawdown_level TEXT NOT NULL);
            CREATE TABLE bot_predictions (time_ms INTEGER NOT NULL, symbol TEXT NOT NULL, model TEXT NOT NULL, direction REAL NOT NULL,
              confidence REAL NOT NULL, passes_gate INTEGER NOT NULL, PRIMARY KEY (time_ms, symbol, model));
            CREATE TABLE bot_decisions (id INTEGER PRIMARY KEY AUTOINCREMENT, time_ms INTEGER NOT NULL, symbol TEXT NOT NULL, action TEXT NOT NULL,
              reason_code TEXT NOT NULL, quantity REAL NOT NULL, price REAL NOT NULL, client_order_id TEXT, details TEXT);
            CREATE TABLE bot_job_runs (id INTEGER PRIMARY KEY AUTOINCREMENT, job TEXT NOT NULL, started_ms INTEGER NOT NULL, ok INTEGER NOT NULL, outcome TEXT NOT NULL);
            CREATE TABLE bot_alerts (id INTEGER PRIMARY KEY AUTOINCREMENT, time_ms INTEGER NOT NULL, severity TEXT NOT NULL, kind TEXT NOT NULL, message TEXT NOT NULL);
            CREATE TABLE bot_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            """),
        (2, "trading state per step, operator control journal", """
            CREATE TABLE bot_trading_state (time_ms INTEGER PRIMARY KEY, state TEXT NOT NULL, level TEXT NOT NULL, kill_switch TEXT NOT NULL,
              manual_reason TEXT, resumes_after_ms INTEGER, daily_halt INTEGER NOT NULL);
            CREATE TABLE bot_control (id INTEGER PRIMARY KEY AUTOINCREMENT, after_ms INTEGER NOT NULL, action TEXT NOT NULL, reason TEXT, wall_ms INTEGER NOT NULL);
            """),
    ];

    public static int Latest => Steps[^1].Version;

    public static void Apply(SqliteConnection connection)
    {
        Exec(connection, null, "CREATE TABLE IF NOT EXISTS bot_schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL);");
        using var tx = connection.BeginTransaction(deferred: false);
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT COALESCE(MAX(version), 0) FROM bot_schema_version";
        var current = Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (version, description, sql) in Steps.Where(s => s.Version > current))
        {
            Exec(connection, tx, sql);
            Exec(connection, tx, $"INSERT INTO bot_schema_version (version, description) VALUES ({version}, '{description}')");
        }

        tx.Commit();
    }

    private static void Exec(SqliteConnection connection, SqliteTransaction? tx, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
