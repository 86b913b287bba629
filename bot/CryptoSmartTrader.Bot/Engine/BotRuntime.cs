using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.Persistence;

namespace CryptoSmartTrader.Bot.Engine;

/// <summary>
/// Holds the bot's current run (null until start-up has built it) and the store, which exists before the session
/// (job runs and alerts are recorded from the first moment). In cluster mode the store is the shared PostgreSQL one and
/// the runtime also remembers why this node stopped trading when it lost the trading lease. Owns nothing else.
/// </summary>
internal sealed class BotRuntime(BotOptions? options = null) : IDisposable
{
    private volatile BotRun? _run;
    private volatile BotStore? _store;
    private volatile string? _fenced;
    private volatile TaskCompletionSource _lost = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public BotRun? Run => _run;

    public BotSession? Session => _run?.Session;

    public BotStore? Store => _store;

    /// <summary>Why this node no longer trades (it lost the cluster's trading lease); null while it may trade.</summary>
    public string? Fenced => _fenced;

    /// <summary>Opens the store once; later calls return the same one. With a cluster connection string it is the shared
    /// PostgreSQL store (the market-data file at <paramref name="path"/> stays local), otherwise the SQLite file.</summary>
    public BotStore OpenStore(string path)
    {
        lock (this)
        {
            return _store ??= string.IsNullOrWhiteSpace(options?.ClusterConnectionString)
                ? BotStore.Open(path)
                : OpenShared(options.ClusterConnectionString, options.NodeId);
        }
    }

    private static BotStore OpenShared(string connectionString, string node)
    {
        var store = BotStore.OpenPostgres(connectionString);
        store.Node = node;
        return store;
    }

    public void Start(BotRun run) => _run = run;

    /// <summary>Completes when this node stops trading (see <see cref="Fence"/>); a new one after each <see cref="Drop"/>.</summary>
    public Task Lost => _lost.Task;

    /// <summary>Stops trading on this node (the lease went to another node, or could not be renewed in time); the first reason wins.</summary>
    public void Fence(string why)
    {
        lock (this)
        {
            if (_fenced is not null) return;
            _fenced = why;
            _lost.TrySetResult();
        }
    }

    /// <summary>
    /// Cluster mode, after this node lost the lease and its cycle is idle: forgets the run, whose kernel was built from a
    /// book another node now writes. The store keeps its stale fence, so a late write is still refused, until the node
    /// wins the lease again and gets a new one.
    /// </summary>
    public void Drop()
    {
        lock (this)
        {
            _run = null;
            _fenced = null;
            _lost = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Dispose() => _store?.Dispose();
}
