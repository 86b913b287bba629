using System.Data;
using System.Data.Common;
using System.Globalization;
using CryptoSmartTrader.Core.Orders;

namespace CryptoSmartTrader.Bot.Persistence;

/// <summary>
/// The bot's book of record: its own <c>bot_*</c> tables in the SQLite file of the market data (one node) or in the
/// cluster's PostgreSQL (<see cref="IStoreBackend"/>). Order intents are committed before the venue sees the order and
/// fills before the kernel books them; both are keyed (client order id, fill sequence) so a re-run after a crash writes
/// nothing twice. In a cluster every trading write is fenced: it commits only while <see cref="Fence"/> still holds the
/// trading lease. One connection, serialised by a lock.
/// </summary>
internal sealed partial class BotStore : IDisposable
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly IStoreBackend _backend;
    private readonly object _gate = new();
    private DbConnection _db;

    private BotStore(IStoreBackend backend, DbConnection db)
    {
        _backend = backend;
        _db = db;
    }

    /// <summary>The trading lease this node writes under (cluster mode); null on a single node, where nothing is fenced.</summary>
    public LeaseFence? Fence { get; set; }

    public string Describe => _backend.Describe;

    public static BotStore Open(string path) => Open(new SqliteBackend(path));

    public static BotStore OpenPostgres(string connectionString) => Open(new PostgresBackend(connectionString));

    public static BotStore Open(IStoreBackend backend)
    {
        var db = backend.Connect();
        BotMigrations.Apply(db, backend);
        return new BotStore(backend, db);
    }

    public void InsertOrderIntent(Order order, DateTimeOffset time)
    {
        var r = order.Request;
        WriteFenced("INSERT INTO bot_orders (client_order_id, symbol, side, type, quantity, limit_price, status, created_ms, updated_ms) " +
              "VALUES (@id, @sym, @side, @type, @qty, @lp, 'intent', @t, @t) ON CONFLICT DO NOTHING",
            ("@id", r.ClientOrderId), ("@sym", r.Symbol.ToString()), ("@side", r.Side.ToString()), ("@type", r.Type.ToString()),
            ("@qty", D(r.Quantity)), ("@lp", r.LimitPrice is { } lp ? D(lp) : null), ("@t", time.ToUnixTimeMilliseconds()));
    }

    public void UpdateOrder(Order order, string status, DateTimeOffset time) =>
        WriteFenced("UPDATE bot_orders SET status = @s, filled = @f, venue_order_id = COALESCE(@v, venue_order_id), reason = @r, updated_ms = @t WHERE client_order_id = @id",
            ("@s", status), ("@f", D(order.FilledQuantity)), ("@v", order.VenueOrderId), ("@r", order.Reason), ("@t", time.ToUnixTimeMilliseconds()), ("@id", order.ClientOrderId));

    public void InsertFill(in Fill fill, int seq) =>
        WriteFenced("INSERT INTO bot_fills VALUES (@id, @seq, @sym, @side, @q, @p, @fee, @fa, @t) ON CONFLICT DO NOTHING",
            ("@id", fill.ClientOrderId), ("@seq", seq), ("@sym", fill.Symbol.ToString()), ("@side", fill.Side.ToString()), ("@q", D(fill.Quantity)),
            ("@p", D(fill.Price)), ("@fee", D(fill.Fee)), ("@fa", fill.FeeAsset), ("@t", fill.Time.ToUnixTimeMilliseconds()));

    /// <summary>The node written beside each job run and alert in the cluster's shared store (several nodes write there); null on a
    /// single node, whose SQLite tables have no node column.</summary>
    public string? Node { get; set; }

    public void InsertJobRun(string job, DateTimeOffset started, bool ok, string outcome)
    {
        (string, object?)[] args = [("@j", job), ("@t", started.ToUnixTimeMilliseconds()), ("@ok", ok ? 1 : 0), ("@o", outcome)];
        if (Node is null) Write("INSERT INTO bot_job_runs (job, started_ms, ok, outcome) VALUES (@j, @t, @ok, @o)", args);
        else Write("INSERT INTO bot_job_runs (job, started_ms, ok, outcome, node) VALUES (@j, @t, @ok, @o, @n)", [.. args, ("@n", Node)]);
    }

    public void InsertAlert(DateTimeOffset time, string severity, string kind, string message)
    {
        (string, object?)[] args = [("@t", time.ToUnixTimeMilliseconds()), ("@s", severity), ("@k", kind), ("@m", message)];
        if (Node is null) Write("INSERT INTO bot_alerts (time_ms, severity, kind, message) VALUES (@t, @s, @k, @m)", args);
        else Write("INSERT INTO bot_alerts (time_ms, severity, kind, message, node) VALUES (@t, @s, @k, @m, @n)", [.. args, ("@n", Node)]);
    }

    /// <summary>The close time of the last bar whose step was committed, or null on a fresh store.</summary>
    public DateTimeOffset? Cursor()
    {
        var v = Scalar("SELECT value FROM bot_state WHERE key = 'cursor_ms'");
        return v is null or DBNull ? null : DateTimeOffset.FromUnixTimeMilliseconds(long.Parse((string)v, Inv));
    }

    public void Dispose()
    {
        lock (_gate) _db.Dispose();
    }

    internal static string D(decimal value) => value.ToString(Inv);

    internal static void Add(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
    }

    private void Write(string sql, params (string Name, object? Value)[] args)
    {
        lock (_gate)
        {
            using var cmd = Command(sql, null, args);
            cmd.ExecuteNonQuery();
        }
    }

    // A trading write (order, fill, step): in a cluster it commits only together with a passing lease check.
    private void WriteFenced(string sql, params (string Name, object? Value)[] args)
    {
        if (Fence is null)
        {
            Write(sql, args);
            return;
        }

        lock (_gate)
        {
            using var tx = Begin();
            using var cmd = Command(sql, tx, args);
            cmd.ExecuteNonQuery();
            tx.Commit();
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

    // Opens a write transaction and, in a cluster, refuses it unless this node still holds the lease (checked first, inside it).
    private DbTransaction Begin()
    {
        var tx = Connection().BeginTransaction();
        if (Fence is { } fence && !_backend.HoldsLease(_db, tx, fence))
        {
            tx.Rollback();
            tx.Dispose();
            throw new FencedOutException(fence);
        }

        return tx;
    }

    // A PostgreSQL connection that broke (server restart, network) is opened again on the next use; the failed write was not committed.
    private DbConnection Connection()
    {
        if (_db.State is ConnectionState.Broken or ConnectionState.Closed)
        {
            _db.Dispose();
            _db = _backend.Connect();
        }

        return _db;
    }

    private DbCommand Command(string sql, DbTransaction? tx, params (string Name, object? Value)[] args)
    {
        var cmd = (tx?.Connection ?? Connection()).CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in args) Add(cmd, name, value);
        return cmd;
    }
}
