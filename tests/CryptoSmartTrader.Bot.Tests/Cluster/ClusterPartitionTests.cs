using CryptoSmartTrader.Bot.Tests.Replay;
using Npgsql;
using Xunit.Abstractions;

namespace CryptoSmartTrader.Bot.Tests.Cluster;

/// <summary>
/// The trading node loses PostgreSQL (a relay in front of the server is cut, the server itself keeps running for the
/// other node): it stops trading within its lease and says why, the other node takes the lease and trades on, and the
/// book still equals an uninterrupted run with never two nodes submitting.
/// </summary>
public sealed class ClusterPartitionTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_trader_cut_off_from_PostgreSQL_stops_within_its_lease_and_the_other_node_trades_on()
    {
        await using var pg = await PostgresServer.StartAsync();
        var book = new ClusterBook(300);
        using var expected = await book.ReferenceAsync();
        using var cluster = await RelayedCluster.StartAsync(pg, book);
        var (proxy, n1, n2, shared) = (cluster.Proxy, cluster.N1, cluster.N2, cluster.Shared);

        var cut = DateTime.UtcNow;
        proxy.Cut();
        await Waiting.For(() => n1.Printed("stopped trading") is not null, "n1 never said it stopped trading", 120);
        var why = n1.Printed("stopped trading")!;
        output.WriteLine($"{(DateTime.UtcNow - cut).TotalSeconds:F1} s after the cut (lease 3 s): {why}");
        Assert.Matches("PostgreSQL was out of reach|shared store failed|no longer holds the trading lease", why);
        await Waiting.For(async () => (await ClusterBook.HolderAsync(pg.ConnectionString))?.Holder == "n2", "n2 never took the lease", 120);
        proxy.Heal();

        await Waiting.For(() => (shared.Cursor() ?? DateTimeOffset.MinValue) >= book.Last, "n2 never traded to the last bar", 300);
        Assert.False(n1.HasExited, "n1 stops trading, it does not crash");
        Assert.Contains(book.Venue(), v => v.Node == "n1");
        Assert.Contains(book.Venue(), v => v.Node == "n2");
        book.AssertSameBookAndOneTrader(expected, shared);

        // The status API of either node tells who trades and why n1 does not.
        using var http = new HttpClient();
        using var fromN1 = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(new Uri(n1.Url!, "api/cluster")));
        Assert.Equal("n2", fromN1.RootElement.GetProperty("lease").GetProperty("holder").GetString());
        Assert.Contains("stopped trading", fromN1.RootElement.GetProperty("stopped").GetString(), StringComparison.Ordinal);
        Assert.Equal(["n1", "n2"], fromN1.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("node").GetString()));
        NpgsqlConnection.ClearAllPools();
    }
}
