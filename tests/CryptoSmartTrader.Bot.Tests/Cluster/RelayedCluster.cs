using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Bot.Tests.Replay;
using Npgsql;

namespace CryptoSmartTrader.Bot.Tests.Cluster;

/// <summary>
/// Two real nodes on one PostgreSQL: n1 reaches the server through a relay the test can cut (<see cref="Proxy"/>) and is
/// trading (it holds the lease with <see cref="FirstToken"/> and has written orders); n2, on a direct connection, has
/// started and stands by. <see cref="Shared"/> reads the cluster's store.
/// </summary>
internal sealed class RelayedCluster : IDisposable
{
    private RelayedCluster(TcpProxy proxy, BotProcess n1, BotStore shared)
    {
        Proxy = proxy;
        N1 = n1;
        Shared = shared;
    }

    public TcpProxy Proxy { get; }
    public BotProcess N1 { get; }
    public BotProcess N2 { get; private set; } = null!;
    public BotStore Shared { get; }
    public long FirstToken { get; private set; }

    public static async Task<RelayedCluster> StartAsync(PostgresServer pg, ClusterBook book)
    {
        var direct = new NpgsqlConnectionStringBuilder(pg.ConnectionString);
        var proxy = new TcpProxy(direct.Host!, direct.Port);
        var relayed = new NpgsqlConnectionStringBuilder(pg.ConnectionString) { Port = proxy.Port }.ConnectionString;
        var cluster = new RelayedCluster(proxy, BotProcess.Start(book.Node("n1", relayed, 15, 3, null)), BotStore.OpenPostgres(pg.ConnectionString));
        try
        {
            await Waiting.For(async () => (await ClusterBook.HolderAsync(pg.ConnectionString))?.Holder == "n1" && cluster.Shared.Count("bot_orders") >= 2,
                "n1 never traded", 180);
            cluster.FirstToken = (await ClusterBook.HolderAsync(pg.ConnectionString))!.Value.Token;
            cluster.N2 = BotProcess.Start(book.Node("n2", pg.ConnectionString, 15, 3, null));
            await Waiting.For(() => cluster.N2.Started, "n2 never started", 120);
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        N2?.Dispose();
        Shared.Dispose();
        N1.Dispose();
        Proxy.Dispose();
    }
}
