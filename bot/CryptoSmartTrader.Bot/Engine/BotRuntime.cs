using CryptoSmartTrader.Bot.Persistence;

namespace CryptoSmartTrader.Bot.Engine;

/// <summary>
/// Holds the bot's current run (null until start-up has built it) and the store, which exists before the session
/// (job runs and alerts are recorded from the first moment). Owns nothing else: each component keeps its own state.
/// </summary>
internal sealed class BotRuntime : IDisposable
{
    private volatile BotRun? _run;
    private volatile BotStore? _store;

    public BotRun? Run => _run;

    public BotSession? Session => _run?.Session;

    public BotStore? Store => _store;

    /// <summary>Opens the store once; later calls return the same one.</summary>
    public BotStore OpenStore(string path)
    {
        lock (this) return _store ??= BotStore.Open(path);
    }

    public void Start(BotRun run) => _run = run;

    public void Dispose() => _store?.Dispose();
}
