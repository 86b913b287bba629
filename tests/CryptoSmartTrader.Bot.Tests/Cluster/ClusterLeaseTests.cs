using CryptoSmartTrader.Bot.Cluster;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.State;
using CryptoSmartTrader.Bot.Tests.Replay;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CryptoSmartTrader.Bot.Tests.Cluster;

/// <summary>The lease keeper of a trading node: a standby waits, a trader that cannot renew stops within its lease and says why,
/// then stands by again and can win the lease back.</summary>
public sealed class ClusterLeaseTests
{
    [Fact]
    public async Task A_trader_that_cannot_renew_stops_within_its_lease_and_says_why_and_the_standby_takes_over()
    {
        await using var pg = await PostgresServer.StartAsync();
        var direct = new NpgsqlConnectionStringBuilder(pg.ConnectionString);
        using var proxy = new TcpProxy(direct.Host!, direct.Port);
        var relayed = new NpgsqlConnectionStringBuilder(pg.ConnectionString) { Port = proxy.Port }.ConnectionString;
        var (a, aRuntime, aStatus) = Node("a", relayed);
        var (b, bRuntime, _) = Node("b", pg.ConnectionString);
        using var cts = new CancellationTokenSource();

        var first = await a.AcquireAsync(cts.Token);
        var standby = b.AcquireAsync(cts.Token);
        await Task.Delay(500);
        Assert.False(standby.IsCompleted, "the standby got a lease that another node holds");

        proxy.Cut();
        await Waiting.For(() => aRuntime.Fenced is not null, "node a never stopped trading", 60);
        Assert.Contains("PostgreSQL was out of reach", aRuntime.Fenced, StringComparison.Ordinal);
        Assert.Contains(aStatus.Overview().Notices, n => n.Contains("stopped trading", StringComparison.Ordinal));
        // The database's lease outlives the node's own judgement of it: the standby gets it only after a stopped.
        var second = await standby;
        Assert.True(second.Token > first.Token);
        Assert.Null(bRuntime.Fenced);
        var view = await b.ViewAsync(CancellationToken.None);
        Assert.Equal(("b", second.Token), (view.Lease!.Holder, view.Lease.Token));
        Assert.Equal(["a", "b"], view.Nodes.Select(n => n.Node));
        await cts.CancelAsync();
        aRuntime.Dispose();
        bRuntime.Dispose();
        NpgsqlConnection.ClearAllPools();
    }

    [Fact]
    public async Task A_node_that_lost_the_lease_stands_by_again_and_wins_it_back_with_a_newer_token()
    {
        await using var pg = await PostgresServer.StartAsync();
        var direct = new NpgsqlConnectionStringBuilder(pg.ConnectionString);
        using var proxy = new TcpProxy(direct.Host!, direct.Port);
        var relayed = new NpgsqlConnectionStringBuilder(pg.ConnectionString) { Port = proxy.Port }.ConnectionString;
        var (a, aRuntime, _) = Node("a", relayed);
        var (b, bRuntime, _) = Node("b", pg.ConnectionString);
        using var aCts = new CancellationTokenSource();
        using var bCts = new CancellationTokenSource();

        var first = await a.AcquireAsync(aCts.Token);
        var standby = b.AcquireAsync(bCts.Token);
        proxy.Cut();
        await Waiting.For(() => aRuntime.Fenced is not null, "node a never stopped trading", 60);
        var second = await standby;
        proxy.Heal();

        await a.StandDownAsync();
        aRuntime.Drop();
        Assert.Null(aRuntime.Fenced);
        Assert.Null(a.Held);
        Assert.False(aRuntime.Lost.IsCompleted, "a dropped run's loss must not end the next one");
        var standingBy = await a.ViewAsync(CancellationToken.None);
        Assert.Equal(("standby", "b"), (standingBy.Role, standingBy.Lease!.Holder));
        Assert.Contains("PostgreSQL was out of reach", standingBy.Stopped, StringComparison.Ordinal);

        var again = a.AcquireAsync(aCts.Token);
        await Task.Delay(1000);
        Assert.False(again.IsCompleted, "node a took the lease back while b still renews it");
        await bCts.CancelAsync(); // b stops renewing, as if it were killed
        var third = await again.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(third.Token > second.Token && second.Token > first.Token);
        var trading = await a.ViewAsync(CancellationToken.None);
        Assert.Equal(("trading", "a", third.Token), (trading.Role, trading.Lease!.Holder, trading.Lease.Token));
        Assert.Null(trading.Stopped);
        await aCts.CancelAsync();
        aRuntime.Dispose();
        bRuntime.Dispose();
        NpgsqlConnection.ClearAllPools();
    }

    // 4-s leases: renewals run every third of it, so a node under a loaded machine's scheduling delays still renews in time, and
    // the "standby must still be waiting" checks cannot fail because the holder merely ran late.
    private static (ClusterCoordinator, BotRuntime, BotStatus) Node(string id, string connection)
    {
        var options = new BotOptions { ClusterConnectionString = connection, NodeId = id, Cluster = new ClusterOptions { LeaseSeconds = 4 } };
        var runtime = new BotRuntime(options);
        var status = new BotStatus(options, TimeProvider.System);
        return (new ClusterCoordinator(options, runtime, status, NullLogger<ClusterCoordinator>.Instance), runtime, status);
    }
}
