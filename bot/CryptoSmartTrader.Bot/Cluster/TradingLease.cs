using CryptoSmartTrader.Bot.Persistence;
using Npgsql;

namespace CryptoSmartTrader.Bot.Cluster;

/// <summary>
/// The trading lease row (<c>bot_lease</c>) and the node heartbeats (<c>bot_nodes</c>) in the cluster's PostgreSQL.
/// Every grant increments the fencing token; expiry is judged by the database's clock alone, so the nodes' clocks never
/// have to agree. A short connection per call, with timeouts of a third of the lease, so an unreachable server is noticed in time.
/// </summary>
internal sealed class TradingLease(string connectionString, ClusterOptions options, string node)
{
    private readonly string _connection = new NpgsqlConnectionStringBuilder(connectionString)
    {
        Timeout = Math.Max(1, (int)options.Renew.TotalSeconds),
        CommandTimeout = Math.Max(1, (int)options.Renew.TotalSeconds),
    }.ConnectionString;

    private long TtlMs => (long)options.Lease.TotalMilliseconds;

    /// <summary>Takes the lease when it is free or expired; the new fencing token, or null while another node holds it.</summary>
    public async Task<LeaseFence?> TryAcquireAsync(CancellationToken ct)
    {
        const string sql = """
            INSERT INTO bot_lease (name, holder, token, acquired_at, renewed_at, expires_at)
              VALUES (@n, @h, 1, clock_timestamp(), clock_timestamp(), clock_timestamp() + @ttl * interval '1 millisecond')
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, token = bot_lease.token + 1, acquired_at = excluded.acquired_at,
              renewed_at = excluded.renewed_at, expires_at = excluded.expires_at
              WHERE bot_lease.expires_at < clock_timestamp()
            RETURNING token
            """;
        var token = await ScalarAsync(sql, ct, ("@n", options.LeaseName), ("@h", node), ("@ttl", TtlMs));
        return token is long t ? new LeaseFence(options.LeaseName, node, t) : null;
    }

    /// <summary>Extends the lease; false when it is no longer this node's (expired, or taken with a newer token).</summary>
    public async Task<bool> RenewAsync(LeaseFence fence, CancellationToken ct) => await ScalarAsync("""
        UPDATE bot_lease SET renewed_at = clock_timestamp(), expires_at = clock_timestamp() + @ttl * interval '1 millisecond'
        WHERE name = @n AND holder = @h AND token = @k AND expires_at > clock_timestamp() RETURNING token
        """, ct, ("@n", fence.Name), ("@h", fence.Holder), ("@k", fence.Token), ("@ttl", TtlMs)) is not null;

    /// <summary>Records that this node is alive and what it does (standby, trading, fenced).</summary>
    public Task HeartbeatAsync(string role, CancellationToken ct) => ScalarAsync("""
        INSERT INTO bot_nodes (node_id, started_at, heartbeat_at, role) VALUES (@h, clock_timestamp(), clock_timestamp(), @r)
        ON CONFLICT (node_id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at, role = excluded.role
        """, ct, ("@h", node), ("@r", role));

    /// <summary>The lease and every node's last heartbeat, with ages measured by the database's clock.</summary>
    public async Task<ClusterView> ReadAsync(CancellationToken ct)
    {
        await using var db = new NpgsqlConnection(_connection);
        await db.OpenAsync(ct);
        ClusterLeaseView? lease = null;
        await using (var cmd = new NpgsqlCommand("""
            SELECT holder, token, EXTRACT(EPOCH FROM clock_timestamp() - acquired_at)::float8, EXTRACT(EPOCH FROM clock_timestamp() - renewed_at)::float8,
              expires_at > clock_timestamp() FROM bot_lease WHERE name = @n
            """, db))
        {
            cmd.Parameters.AddWithValue("@n", options.LeaseName);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            if (await r.ReadAsync(ct)) lease = new ClusterLeaseView(r.GetString(0), r.GetInt64(1), r.GetDouble(2), r.GetDouble(3), r.GetBoolean(4));
        }

        var nodes = new List<ClusterNodeView>();
        await using (var cmd = new NpgsqlCommand("SELECT node_id, role, EXTRACT(EPOCH FROM clock_timestamp() - heartbeat_at)::float8 FROM bot_nodes ORDER BY node_id", db))
        {
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) nodes.Add(new ClusterNodeView(r.GetString(0), r.GetString(1), r.GetDouble(2)));
        }

        return new ClusterView(true, node, options.LeaseName, options.LeaseSeconds, lease, nodes, null, "standby");
    }

    private async Task<object?> ScalarAsync(string sql, CancellationToken ct, params (string Name, object Value)[] args)
    {
        await using var db = new NpgsqlConnection(_connection);
        await db.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(sql, db);
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value);
        return await cmd.ExecuteScalarAsync(ct);
    }
}

/// <summary>What <c>/api/cluster</c> shows: this node and its role (standby, trading, stopped), the lease (who trades, since
/// when, last renewal), every node's heartbeat age, and why this node last stopped trading (null while it trades or never did).</summary>
internal sealed record ClusterView(bool Enabled, string Node, string LeaseName, double LeaseSeconds, ClusterLeaseView? Lease, IReadOnlyList<ClusterNodeView> Nodes,
    string? Stopped, string Role);

internal sealed record ClusterLeaseView(string Holder, long Token, double AgeSeconds, double RenewedSecondsAgo, bool Valid);

internal sealed record ClusterNodeView(string Node, string Role, double HeartbeatSecondsAgo);
