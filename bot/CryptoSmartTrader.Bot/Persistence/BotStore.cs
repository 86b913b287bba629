using System.Globalization;
using CryptoSmartTrader.Core.Orders;
using Microsoft.Data.Sqlite;

namespace CryptoSmartTrader.Bot.Persistence;

/// <summary>
/// The bot's book of record in the same SQLite file as the market data (own <c>bot_*</c> tables). Order intents are
/// committed before the venue sees the order and fills before the kernel books them; both are keyed (client order id,
/// fill sequence) so a re-run after a crash writes nothing twice. One connection, serialised by a lock.
/// </summary>
internal sealed partial class BotStore : IDisposable
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly SqliteConnection _db;
    private readonly object _gate = new();

    private BotStore(SqliteConnection db) => _db = db;

    public static BotStore Open(string path)
    {
        SQLitePCL.Batteries_V2.Init();
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full) ?? ".");
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false, DefaultTimeout = 30 }.ToString());
        db.Open();
        Exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;");
        BotMigrations.Apply(db);
        return new BotStore(db);
    }

    public void InsertOrderIntent(Order order, DateTimeOffset time)
    {
        var r = order.Request;
        Write("INSERT OR IGNORE INTO bot_orders (client_order_id, symbol, side, type, quantity, limit_price, status, created_ms, updated_ms) " +
              "VALUES ($id, $sym, $side, $type, $qty, $lp, 'intent', $t, $t)",
            ("$id", r.ClientOrderId), ("$sym", r.Symbol.ToString()), ("$side", r.Side.ToString()), ("$type", r.Type.ToString()),
            ("$qty", D(r.Quantity)), ("$lp", r.LimitPrice is { } lp ? D(lp) : null), ("$t", time.ToUnixTimeMilliseconds()));
    }

    public void UpdateOrder(Order order, string status, DateTimeOffset time) =>
        Write("UPDATE bot_orders SET status = $s, filled = $f, venue_order_id = COALESCE($v, venue_order_id), reason = $r, updated_ms = $t WHERE client_order_id = $id",
            ("$s", status), ("$f", D(order.FilledQuantity)), ("$v", order.VenueOrderId), ("$r", order.Reason), ("$t", time.ToUnixTimeMilliseconds()), ("$id", order.ClientOrderId));

    public void InsertFill(in Fill fill, int seq) =>
        Write("INSERT OR IGNORE INTO bot_fills VALUES ($id, $seq, $sym, $side, $q, $p, $fee, $fa, $t)",
            ("$id", fill.ClientOrderId), ("$seq", seq), ("$sym", fill.Symbol.ToString()), ("$side", fill.Side.ToString()), ("$q", D(fill.Quantity)),
            ("$p", D(fill.Price)), ("$fee", D(fill.Fee)), ("$fa", fill.FeeAsset), ("$t", fill.Time.ToUnixTimeMilliseconds()));

    public void InsertJobRun(string job, DateTimeOffset started, bool ok, string outcome) =>
        Write("INSERT INTO bot_job_runs (job, started_ms, ok, outcome) VALUES ($j, $t, $ok, $o)", ("$j", job), ("$t", started.ToUnixTimeMilliseconds()), ("$ok", ok ? 1 : 0), ("$o", outcome));

    public void InsertAlert(DateTimeOffset time, string severity, string kind, string message) =>
        Write("INSERT INTO bot_alerts (time_ms, severity, kind, message) VALUES ($t, $s, $k, $m)", ("$t", time.ToUnixTimeMilliseconds()), ("$s", severity), ("$k", kind), ("$m", message));

    /// <summary>The close time of the last bar whose step was committed, or null on a fresh store.</summary>
    public DateTimeOffset? Cursor()
    {
        var v = Scalar("SELECT value FROM bot_state WHERE key = 'cursor_ms'");
        return v is null ? null : DateTimeOffset.FromUnixTimeMilliseconds(long.Parse((string)v, Inv));
    }

    public void Dispose()
    {
        lock (_gate) _db.Dispose();
    }

    internal static string D(decimal value) => value.ToString(Inv);

    private void Write(string sql, params (string Name, object? Value)[] args)
    {
        lock (_gate)
        {
            using var cmd = Command(sql, null, args);
            cmd.ExecuteNonQuery();
        }
    }

    private object? Scalar(string sql)
    {
        lock (_gate)
        {
            using var cmd = Command(sql, null);
            return cmd.ExecuteScalar();
        }
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx, params (string Name, object? Value)[] args)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    private static void Exec(SqliteConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
