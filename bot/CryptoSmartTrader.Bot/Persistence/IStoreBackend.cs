using System.Data.Common;

namespace CryptoSmartTrader.Bot.Persistence;

/// <summary>
/// The database behind <see cref="BotStore"/>: the embedded SQLite file (one node, the default) or the cluster's
/// PostgreSQL (the same database as Quartz's job store). The store's reads and writes are the same standard SQL on both
/// (named parameters, <c>ON CONFLICT</c> upserts), so a back end only opens the connection, owns its versioned schema
/// and, in a cluster, checks the trading lease's fencing token inside the store's write transactions.
/// </summary>
internal interface IStoreBackend
{
    /// <summary>Where the state lives, for messages (a file path, or the PostgreSQL host and database; never a password).</summary>
    string Describe { get; }

    /// <summary>The schema steps of this back end, oldest first (table <c>bot_schema_version</c>).</summary>
    IReadOnlyList<BotMigration> Migrations { get; }

    /// <summary>SQL run first in the migration transaction (PostgreSQL: a lock, so two nodes starting at once migrate one after the other).</summary>
    string? MigrationLock { get; }

    /// <summary>The live-data tables, created on first use on SQLite (not a numbered migration there); null when a migration made them.</summary>
    string? LiveTables { get; }

    /// <summary>Opens a connection (not yet migrated).</summary>
    DbConnection Connect();

    /// <summary>In a write transaction: true when <paramref name="fence"/> still holds the trading lease (PostgreSQL locks the
    /// lease row until the transaction ends, so the lease cannot move between this check and the commit).</summary>
    bool HoldsLease(DbConnection db, DbTransaction tx, LeaseFence fence);
}

/// <summary>One versioned schema step.</summary>
internal sealed record BotMigration(int Version, string Description, string Sql);

/// <summary>The trading lease a node holds: only writes carrying the current token are accepted.</summary>
internal sealed record LeaseFence(string Name, string Holder, long Token);

/// <summary>A store write refused because this node no longer holds the trading lease (another node trades now).</summary>
internal sealed class FencedOutException(LeaseFence fence) : Exception(
    $"cluster: node {fence.Holder} stopped trading: it no longer holds the trading lease '{fence.Name}' (token {fence.Token}), its write was refused")
{
    public LeaseFence Fence { get; } = fence;
}
