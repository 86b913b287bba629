using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace CryptoSmartTrader.Bot.Persistence;

/// <summary>The single-node store: the bot's tables in the same SQLite file as the market data. Nothing to fence.</summary>
internal sealed class SqliteBackend(string path) : IStoreBackend
{
    private static readonly BotMigration[] Steps =
    [
        new(1, "orders, fills, positions, balances, equity, predictions, decisions, job runs, alerts, state", """
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
        new(2, "trading state per step, operator control journal", """
            CREATE TABLE bot_trading_state (time_ms INTEGER PRIMARY KEY, state TEXT NOT NULL, level TEXT NOT NULL, kill_switch TEXT NOT NULL,
              manual_reason TEXT, resumes_after_ms INTEGER, daily_halt INTEGER NOT NULL);
            CREATE TABLE bot_control (id INTEGER PRIMARY KEY AUTOINCREMENT, after_ms INTEGER NOT NULL, action TEXT NOT NULL, reason TEXT, wall_ms INTEGER NOT NULL);
            """),
    ];

    // Created on first use (not a numbered migration) so the table set of the replay-only bot is unchanged.
    private const string Live = """
        CREATE TABLE IF NOT EXISTS bot_live_bars (symbol TEXT NOT NULL, open_ms INTEGER NOT NULL, close_ms INTEGER NOT NULL, open TEXT NOT NULL,
          high TEXT NOT NULL, low TEXT NOT NULL, close TEXT NOT NULL, volume TEXT NOT NULL, warmup INTEGER NOT NULL, PRIMARY KEY (symbol, open_ms));
        CREATE TABLE IF NOT EXISTS bot_live_gaps (symbol TEXT NOT NULL, from_ms INTEGER NOT NULL, until_ms INTEGER NOT NULL, reason TEXT NOT NULL,
          PRIMARY KEY (symbol, from_ms));
        """;

    public string Describe => Path.GetFullPath(path);

    public IReadOnlyList<BotMigration> Migrations => Steps;

    public string? MigrationLock => null;

    public string? LiveTables => Live;

    public DbConnection Connect()
    {
        SQLitePCL.Batteries_V2.Init();
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full) ?? ".");
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false, DefaultTimeout = 30 }.ToString());
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;";
        cmd.ExecuteNonQuery();
        return db;
    }

    // One node, one file: there is no lease to lose.
    public bool HoldsLease(DbConnection db, DbTransaction tx, LeaseFence fence) => true;
}
