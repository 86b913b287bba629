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
            return _store ??= string.IsNullOrWhiteSpace(options?.ClusterConnectionString) ? BotStore.Open(path) : BotStore.OpenPostgres(options.ClusterConnectionString);
        }
    }

    public void Start(BotRun run) => _run = run;

    /// <summary>Stops trading on this node for good (the lease went to another node, or could not be renewed in time).</summary>
    public void Fence(string why) => _fenced ??= why;

    public void Dispose() => _store?.Dispose();
}
