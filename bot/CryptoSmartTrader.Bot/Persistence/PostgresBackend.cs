using System.Data.Common;
using Npgsql;

namespace CryptoSmartTrader.Bot.Persistence;

/// <summary>
/// The cluster's store: the bot's tables in the PostgreSQL database that also holds Quartz's clustered job store, so
/// every node reads and writes one book (orders with intents, fills, positions, balances, equity, decisions...). Same
/// tables as SQLite with PostgreSQL types (BIGINT milliseconds, decimals still as invariant text so nothing rounds),
/// plus the trading lease and the node heartbeats.
/// </summary>
internal sealed class PostgresBackend(string connectionString) : IStoreBackend
{
    private static readonly BotMigration[] Steps =
    [
        new(1, "orders, fills, positions, balances, equity, predictions, decisions, job runs, alerts, state", """
            CREATE TABLE bot_orders (client_order_id TEXT PRIMARY KEY, venue_order_id TEXT, symbol TEXT NOT NULL, side TEXT NOT NULL,
              type TEXT NOT NULL, quantity TEXT NOT NULL, limit_price TEXT, status TEXT NOT NULL, filled TEXT NOT NULL DEFAULT '0',
              reason TEXT, created_ms BIGINT NOT NULL, updated_ms BIGINT NOT NULL);
            CREATE TABLE bot_fills (client_order_id TEXT NOT NULL, seq INTEGER NOT NULL, symbol TEXT NOT NULL, side TEXT NOT NULL,
              quantity TEXT NOT NULL, price TEXT NOT NULL, fee TEXT NOT NULL, fee_asset TEXT NOT NULL, time_ms BIGINT NOT NULL,
              PRIMARY KEY (client_order_id, seq));
            CREATE TABLE bot_positions (symbol TEXT PRIMARY KEY, quantity TEXT NOT NULL, average_cost TEXT NOT NULL, as_of_ms BIGINT NOT NULL);
            CREATE TABLE bot_balances (asset TEXT PRIMARY KEY, amount TEXT NOT NULL, as_of_ms BIGINT NOT NULL);
            CREATE TABLE bot_equity (time_ms BIGINT PRIMARY KEY, equity TEXT NOT NULL, cash TEXT NOT NULL, trading_state TEXT NOT NULL, drawdown_level TEXT NOT NULL);
            CREATE TABLE bot_predictions (time_ms BIGINT NOT NULL, symbol TEXT NOT NULL, model TEXT NOT NULL, direction DOUBLE PRECISION NOT NULL,
              confidence DOUBLE PRECISION NOT NULL, passes_gate INTEGER NOT NULL, PRIMARY KEY (time_ms, symbol, model));
            CREATE TABLE bot_decisions (id BIGSERIAL PRIMARY KEY, time_ms BIGINT NOT NULL, symbol TEXT NOT NULL, action TEXT NOT NULL,
              reason_code TEXT NOT NULL, quantity DOUBLE PRECISION NOT NULL, price DOUBLE PRECISION NOT NULL, client_order_id TEXT, details TEXT);
            CREATE TABLE bot_job_runs (id BIGSERIAL PRIMARY KEY, job TEXT NOT NULL, started_ms BIGINT NOT NULL, ok INTEGER NOT NULL, outcome TEXT NOT NULL);
            CREATE TABLE bot_alerts (id BIGSERIAL PRIMARY KEY, time_ms BIGINT NOT NULL, severity TEXT NOT NULL, kind TEXT NOT NULL, message TEXT NOT NULL);
            CREATE TABLE bot_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            """),
        new(2, "trading state per step, operator control journal", """
            CREATE TABLE bot_trading_state (time_ms BIGINT PRIMARY KEY, state TEXT NOT NULL, level TEXT NOT NULL, kill_switch TEXT NOT NULL,
              manual_reason TEXT, resumes_after_ms BIGINT, daily_halt BIGINT NOT NULL);
            CREATE TABLE bot_control (id BIGSERIAL PRIMARY KEY, after_ms BIGINT NOT NULL, action TEXT NOT NULL, reason TEXT, wall_ms BIGINT NOT NULL);
            """),
        new(3, "live bars and gaps (paper/shadow on live data)", """
            CREATE TABLE bot_live_bars (symbol TEXT NOT NULL, open_ms BIGINT NOT NULL, close_ms BIGINT NOT NULL, open TEXT NOT NULL,
              high TEXT NOT NULL, low TEXT NOT NULL, close TEXT NOT NULL, volume TEXT NOT NULL, warmup BIGINT NOT NULL, PRIMARY KEY (symbol, open_ms));
            CREATE TABLE bot_live_gaps (symbol TEXT NOT NULL, from_ms BIGINT NOT NULL, until_ms BIGINT NOT NULL, reason TEXT NOT NULL,
              PRIMARY KEY (symbol, from_ms));
            """),
        new(4, "trading lease with fencing token, node heartbeats", """
            CREATE TABLE bot_lease (name TEXT PRIMARY KEY, holder TEXT NOT NULL, token BIGINT NOT NULL, acquired_at TIMESTAMPTZ NOT NULL,
              renewed_at TIMESTAMPTZ NOT NULL, expires_at TIMESTAMPTZ NOT NULL);
            CREATE TABLE bot_nodes (node_id TEXT PRIMARY KEY, started_at TIMESTAMPTZ NOT NULL, heartbeat_at TIMESTAMPTZ NOT NULL, role TEXT NOT NULL);
            """),
        new(5, "the node that ran each job and raised each alert", """
            ALTER TABLE bot_job_runs ADD COLUMN node TEXT;
            ALTER TABLE bot_alerts ADD COLUMN node TEXT;
            """),
    ];

    public string Describe
    {
        get
        {
            var b = new NpgsqlConnectionStringBuilder(connectionString);
            return $"PostgreSQL {b.Host}:{b.Port}/{b.Database}";
        }
    }

    public IReadOnlyList<BotMigration> Migrations => Steps;

    // Transaction-scoped advisory lock: nodes starting together migrate one after the other (key: "cst-bot-schema").
    public string? MigrationLock => "SELECT pg_advisory_xact_lock(7301001)";

    public string? LiveTables => null;

    public static int Latest => Steps[^1].Version;

    public DbConnection Connect()
    {
        var db = new NpgsqlConnection(connectionString);
        db.Open();
        return db;
    }

    public bool HoldsLease(DbConnection db, DbTransaction tx, LeaseFence fence)
    {
        // FOR SHARE keeps a taker's UPDATE of the row waiting until this transaction has committed: a write checked here
        // lands before any takeover, never after. Expiry is judged by the database's clock, the same one the taker uses.
        using var cmd = db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT token FROM bot_lease WHERE name = @n AND holder = @h AND token = @k AND expires_at > clock_timestamp() FOR SHARE";
        BotStore.Add(cmd, "@n", fence.Name);
        BotStore.Add(cmd, "@h", fence.Holder);
        BotStore.Add(cmd, "@k", fence.Token);
        return cmd.ExecuteScalar() is not null;
    }
}
